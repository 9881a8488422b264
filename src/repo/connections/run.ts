import { CypherRegistry } from '../../store/cypher.js';
import { CYPHER_DIR } from '../../store/create.js';
import type { Backend } from '../../store/port.js';
import type { Context } from '../../graphql/context.js';
import type { ConnectionShape } from '../../graphql/types/connection.js';
import type { ConnectionSpec } from '../../graphql/filters/engine.js';
import type { PageWindow } from '../../graphql/paginate.js';
import { decodeOrderedCursor, encodeOrderedCursor, type SortKey } from '../../graphql/filters/order.js';
import { CONNECTION_FRAGMENTS, DIALECT_FRAGMENTS, compileConnection, projectedNode, type CompileSpec } from './compile.js';
import { RELATION_FRAGMENTS } from './relations.js';

/** The fragment files per backend (the dialect folder wins), loaded once. */
const registries = new Map<Backend, CypherRegistry>();
function registry(backend: Backend): CypherRegistry {
  let r = registries.get(backend);
  if (!r) registries.set(backend, (r = CypherRegistry.load(CYPHER_DIR, backend).assertHas([...CONNECTION_FRAGMENTS, ...DIALECT_FRAGMENTS[backend]])));
  return r;
}

function compileSpec<T>(spec: ConnectionSpec<T>): CompileSpec {
  return {
    label: spec.type as CompileSpec['label'],
    scalars: Object.fromEntries(Object.entries(spec.scalars).map(([k, v]) => [k, { kind: v.kind }])),
    relations: RELATION_FRAGMENTS[spec.type] ?? {},
  };
}

export interface PageArgs {
  readonly where?: object | null;
  readonly field: string;
  readonly descending: boolean;
  readonly tag: string;
  readonly window: PageWindow;
  /** Only these properties are read (see PageRequest.project); absent: whole nodes. */
  readonly project?: readonly string[];
  /** The request selects `totalCount`: the count is read beside the page, not after it. */
  readonly count?: boolean;
}

/**
 * One connection page read by the database in one statement (and its count in a second,
 * only when `totalCount` is selected: sent beside the page when `args.count` says so, else
 * when the lazy getter is first read), or null when the
 * request has a part the translate layer cannot express yet.
 */
export async function compiledPage<T>(ctx: Context, spec: ConnectionSpec<T>, args: PageArgs): Promise<ConnectionShape<T> | null> {
  const { window } = args;
  // A page of 0 asks only for totalCount and pageInfo: the engine answers it from the count.
  // CMG_NO_COMPILE=1 sends every request to the engine (a diagnostic switch; the tests compare the two).
  if (window.size === 0 || process.env.CMG_NO_COMPILE) return null;
  const cursor = window.cursor ? decodeOrderedCursor(window.cursor, args.tag, window.backwards ? 'before' : 'after') : null;
  const reg = registry(ctx.loaders.backend);
  const request = { where: args.where, field: args.field, descending: args.descending, backwards: window.backwards, cursor, limit: window.size + 1, project: args.project };
  const compiled = compileConnection(reg, compileSpec(spec), request);
  if (!compiled) return null;
  const key = spec.orderKeys[args.field];
  let total: Promise<number> | undefined;
  const count = () =>
    (total ??= ctx.loaders.rows(compiled.count.name, compiled.count.params, compiled.count.vars).then((rows) => Number(rows[0]?.total ?? 0)));
  // Selected, the count goes out with the page (one round trip of time, not two). Its failure
  // reaches the client through totalCount; should the page fail first, nothing reads it, hence the catch.
  if (args.count) count().catch(() => {});
  // Projected nodes hold only what this request selects: they are not primed into the node loader.
  const label = compileSpec(spec).label;
  const nodes = args.project
    ? (await ctx.loaders.rows(compiled.page.name, compiled.page.params, compiled.page.vars)).map((row) => projectedNode(label, row))
    : await ctx.loaders.nodes(compiled.page.name, compiled.page.params, compiled.page.vars);
  const items = nodes.map(spec.make);
  const more = items.length > window.size;
  // Backwards, the statement reads the reversed order: turn the page round.
  const page = window.backwards ? items.slice(0, window.size).reverse() : items.slice(0, window.size);
  const edges = page.map((t) => ({ node: t, cursor: encodeOrderedCursor(args.tag, key(t) as SortKey, spec.id(t)) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: window.backwards ? cursor !== null : more,
      hasPreviousPage: window.backwards ? more : cursor !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    get totalCount() {
      return count() as unknown as number;
    },
  };
}
