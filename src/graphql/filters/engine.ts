import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { badInput } from '../errors.js';
import type { ConnectionShape } from '../types/connection.js';
import type { GraphNode } from '../../store/values.js';
import { compiledPage } from '../../repo/connections/run.js';
import { orderProp } from '../../repo/connections/compile.js';
import { pageWindow } from '../paginate.js';
import { IDENTITY_FIELDS, selectedFields } from '../selection.js';
import { orderedPage, ordering, type SortKey } from './order.js';
import type { OrderDirection } from './scalar.input.js';
import { matchScalar, validateScalar, type ScalarKind } from './scalar.js';

/** How deep AND/OR/NOT may nest; the top-level `where` is level 1. */
export const MAX_WHERE_DEPTH = 5;

/** A relationship filter: one parameterised statement returning the ids that match. */
export interface RelationFilter<I> {
  /** Rejects impossible input with BAD_USER_INPUT; `path` names it (`where.AND[0].importReliance`). */
  validate?(input: I, path: string): void;
  /** The ids of the connection's type that match, in one store round trip. */
  ids(ctx: Context, input: I): Promise<Set<string>>;
}

/** What the engine needs to know about one connection's type. */
export interface ConnectionSpec<T> {
  /** The GraphQL type name, for cursors and messages. */
  readonly type: string;
  /** The statement that reads every node of the label. */
  readonly all: string;
  /** The statement that reads only the label's ids (`RETURN n.id AS id`): the universe a NOT needs. */
  readonly allIds: string;
  /** The statement that reads the label's nodes with the given ids (`$ids`): a page. */
  readonly byIds: string;
  readonly make: (n: GraphNode) => T;
  readonly id: (t: T) => string;
  readonly scalars: Readonly<Record<string, { kind: ScalarKind; get: (t: T) => unknown }>>;
  readonly relations: Readonly<Record<string, RelationFilter<any>>>;
  /** Order-field enum value → the item's sort key. */
  readonly orderKeys: Readonly<Record<string, (t: T) => SortKey>>;
  /**
   * The type's fields that are stored properties read as they are (no resolver, no getter):
   * a page whose nodes select only these (and `id`, `label`, `__typename`) reads only them. A test
   * checks the list against the type's TypeGraphQL metadata and the model.
   */
  readonly plainFields: readonly string[];
}

export interface WhereNode {
  AND?: WhereNode[] | null;
  OR?: WhereNode[] | null;
  NOT?: WhereNode[] | null;
  [field: string]: unknown;
}

export interface ConnectionArgs {
  where?: object | null;
  orderBy?: { field: string; direction?: OrderDirection | null } | null;
  first?: number | null;
  after?: string | null;
  /** Backward paging (Relay): the `last` items before `before`, in the connection's order. */
  last?: number | null;
  before?: string | null;
}

/**
 * The properties a compiled page must read: those the nodes' selection names, with the id and
 * the order property (the cursor carries both), when it names plain fields only; else
 * undefined (whole nodes).
 */
function projection<T>(spec: ConnectionSpec<T>, select: ReadonlySet<string> | undefined, field: string): string[] | undefined {
  if (!select) return undefined;
  const props = new Set(['id', orderProp(field)]);
  for (const f of select) {
    if (IDENTITY_FIELDS.has(f)) continue;
    if (!spec.plainFields.includes(f)) return undefined;
    props.add(f);
  }
  return [...props];
}

const COMBINATORS = ['AND', 'OR', 'NOT'] as const;

/** A relationship filter's identity: the same field with equal input is run once per request. */
function relationKey(field: string, input: unknown): string {
  return `${field}\u0000${stableJson(input)}`;
}

function stableJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v ?? null);
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : 1));
  return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${stableJson(x)}`).join(',')}}`;
}

/**
 * Checks a `where` tree (depth, empty `in` lists, each relationship filter's own rules)
 * and collects its relationship filters, deduplicated.
 */
function walk<T>(spec: ConnectionSpec<T>, w: WhereNode, path: string, depth: number, out: Map<string, [string, unknown]>): void {
  if (depth > MAX_WHERE_DEPTH) {
    throw badInput(
      `\`where\` may nest AND/OR/NOT at most ${MAX_WHERE_DEPTH} levels deep (the top level is level 1); \`${path}\` is level ${depth}`,
      { argumentName: 'where' },
    );
  }
  for (const [field, value] of Object.entries(w)) {
    if (value === null || value === undefined) continue;
    if ((COMBINATORS as readonly string[]).includes(field)) {
      (value as WhereNode[]).forEach((child, i) => walk(spec, child, `${path}.${field}[${i}]`, depth + 1, out));
    } else if (spec.scalars[field]) {
      validateScalar(value as object, `${path}.${field}`);
    } else if (spec.relations[field]) {
      spec.relations[field].validate?.(value, `${path}.${field}`);
      out.set(relationKey(field, value), [field, value]);
    }
  }
}

function matches<T>(spec: ConnectionSpec<T>, t: T, id: string, w: WhereNode, hits: Map<string, Set<string>>): boolean {
  for (const [field, value] of Object.entries(w)) {
    if (value === null || value === undefined) continue;
    let ok: boolean;
    if (field === 'AND') ok = (value as WhereNode[]).every((c) => matches(spec, t, id, c, hits));
    else if (field === 'OR') ok = (value as WhereNode[]).some((c) => matches(spec, t, id, c, hits));
    else if (field === 'NOT') ok = !(value as WhereNode[]).some((c) => matches(spec, t, id, c, hits));
    else if (spec.scalars[field]) ok = matchScalar(spec.scalars[field].kind, spec.scalars[field].get(t), value as object);
    else if (spec.relations[field]) ok = hits.get(relationKey(field, value))?.has(id) ?? false;
    else ok = true;
    if (!ok) return false;
  }
  return true;
}

/** The field every spec orders by id with (`orderKeys.ID` is the item's id in all five). */
const ID_ORDER = 'ID';

/** Whether the tree is decided by relationship filters, the `id` scalar and AND/OR/NOT alone. */
function idsDecide<T>(spec: ConnectionSpec<T>, w: WhereNode): boolean {
  for (const [field, value] of Object.entries(w)) {
    if (value === null || value === undefined) continue;
    if ((COMBINATORS as readonly string[]).includes(field)) {
      if (!(value as WhereNode[]).every((c) => idsDecide(spec, c))) return false;
    } else if (spec.scalars[field] && field !== 'id') {
      return false;
    }
  }
  return true;
}

/** Whether the tree names at least one relationship filter (else the whole label is the answer's base anyway). */
function hasRelation<T>(spec: ConnectionSpec<T>, w: WhereNode): boolean {
  return Object.entries(w).some(([field, value]) => {
    if (value === null || value === undefined) return false;
    if ((COMBINATORS as readonly string[]).includes(field)) return (value as WhereNode[]).some((c) => hasRelation(spec, c));
    return Boolean(spec.relations[field]);
  });
}

/**
 * Whether the ids matching the tree are a subset of its relationship filters' id sets
 * (so no universe is needed): a node is bounded when one of its conditions is; an AND
 * when one child is, an OR when every child is; NOT and the `id` scalar never are.
 */
function bounded<T>(spec: ConnectionSpec<T>, w: WhereNode): boolean {
  return Object.entries(w).some(([field, value]) => {
    if (value === null || value === undefined) return false;
    if (field === 'AND') return (value as WhereNode[]).some((c) => bounded(spec, c));
    if (field === 'OR') return (value as WhereNode[]).every((c) => bounded(spec, c));
    return field !== 'NOT' && Boolean(spec.relations[field]);
  });
}

function hasIdScalar<T>(spec: ConnectionSpec<T>, w: WhereNode): boolean {
  return Object.entries(w).some(([field, value]) => {
    if (value === null || value === undefined) return false;
    if ((COMBINATORS as readonly string[]).includes(field)) return (value as WhereNode[]).some((c) => hasIdScalar(spec, c));
    return field === 'id' && Boolean(spec.scalars.id);
  });
}

/** A set of ids, or (`co`) everything in the label but those ids. Never mutated once built. */
interface IdTerm {
  readonly co: boolean;
  readonly s: ReadonlySet<string>;
}
const EVERYTHING: IdTerm = { co: true, s: new Set() };
const NOTHING: IdTerm = { co: false, s: new Set() };

const minus = (a: ReadonlySet<string>, b: ReadonlySet<string>) => new Set([...a].filter((x) => !b.has(x)));
const both = (a: ReadonlySet<string>, b: ReadonlySet<string>) => new Set([...a].filter((x) => b.has(x)));
const either = (a: ReadonlySet<string>, b: ReadonlySet<string>) => new Set([...a, ...b]);

function and(a: IdTerm, b: IdTerm): IdTerm {
  if (!a.co && !b.co) return { co: false, s: both(a.s, b.s) };
  if (!a.co) return { co: false, s: minus(a.s, b.s) };
  if (!b.co) return { co: false, s: minus(b.s, a.s) };
  return { co: true, s: either(a.s, b.s) };
}

function or(a: IdTerm, b: IdTerm): IdTerm {
  if (!a.co && !b.co) return { co: false, s: either(a.s, b.s) };
  if (!a.co) return { co: true, s: minus(b.s, a.s) };
  if (!b.co) return { co: true, s: minus(a.s, b.s) };
  return { co: true, s: both(a.s, b.s) };
}

/** The same logic as `matches`, as set algebra over the relationship filters' id sets. */
function evalIds<T>(spec: ConnectionSpec<T>, w: WhereNode, hits: Map<string, Set<string>>, universe: readonly string[] | null): IdTerm {
  let acc = EVERYTHING;
  for (const [field, value] of Object.entries(w)) {
    if (value === null || value === undefined) continue;
    const kids = () => (value as WhereNode[]).map((c) => evalIds(spec, c, hits, universe));
    let x: IdTerm;
    if (field === 'AND') x = kids().reduce(and, EVERYTHING);
    else if (field === 'OR') x = kids().reduce(or, NOTHING);
    else if (field === 'NOT') {
      const any = kids().reduce(or, NOTHING);
      x = { co: !any.co, s: any.s };
    }
    else if (spec.relations[field]) x = { co: false, s: hits.get(relationKey(field, value)) ?? new Set() };
    else if (field === 'id' && spec.scalars.id) {
      x = { co: false, s: new Set((universe ?? []).filter((id) => matchScalar(spec.scalars.id.kind, id, value as object))) };
    } else continue;
    acc = and(acc, x);
  }
  return acc;
}

/**
 * A filtered, ordered page of one connection.
 *
 * Ordered by id with a `where` that relationship filters, `id` and AND/OR/NOT decide
 * alone (the design card, `listedIn`, ...): one parallel batch reads the filters' id
 * sets (plus the label's ids only, when a NOT or `id` needs the universe); the set
 * logic, totalCount, the sort and the cursor run over ids; then one round trip
 * (`entity/by-ids` through the node loader) reads only the page's nodes.
 *
 * Otherwise (scalar predicates, an order by another field, or no relationship filter
 * at all): the label's nodes and every distinct relationship filter are read at once;
 * scalar operators, AND/OR/NOT, ordering and paging then run here.
 */
export async function filteredConnection<T>(ctx: Context, spec: ConnectionSpec<T>, args: ConnectionArgs, info?: GraphQLResolveInfo): Promise<ConnectionShape<T>> {
  const where = (args.where ?? {}) as WhereNode;
  const rels = new Map<string, [string, unknown]>();
  walk(spec, where, 'where', 1, rels);
  const field = args.orderBy?.field ?? ID_ORDER;
  const key = spec.orderKeys[field];
  if (!key) throw badInput(`\`orderBy.field\` must be one of ${Object.keys(spec.orderKeys).join(', ')}`, { argumentName: 'orderBy' });
  const order = ordering(spec.type, field, args.orderBy?.direction, key);

  // The database does the query where the translate layer can express it (src/repo/connections/).
  const window = pageWindow(args);
  // Looking ahead: the fields selected on the page's nodes (`edges { node { ... } }`); without info, whole nodes.
  const project = projection(spec, info && selectedFields(info, ['edges', 'node']), field);
  const count = info ? selectedFields(info, []).has('totalCount') : false;
  const compiled = await compiledPage(ctx, spec, { where: args.where, field, descending: order.descending, tag: order.tag, window, project, count });
  if (compiled) return compiled;
  // Backward pages the engine answers on its node-by-node path (the id-set path below pages forwards only).

  const relKeys = [...rels.keys()];
  const readSets = () =>
    relKeys.map((k) => {
      const [f, input] = rels.get(k)!;
      return spec.relations[f].ids(ctx, input);
    });

  if (!window.backwards && field === ID_ORDER && hasRelation(spec, where) && idsDecide(spec, where)) {
    const needUniverse = hasIdScalar(spec, where) || !bounded(spec, where);
    const [universe, ...sets] = await Promise.all([
      needUniverse ? ctx.loaders.rows(spec.allIds, {}).then((rows) => rows.map((r) => String(r.id))) : null,
      ...readSets(),
    ]);
    const hits = new Map(relKeys.map((k, i) => [k, sets[i]]));
    const term = evalIds(spec, where, hits, universe);
    const ids = term.co ? (universe ?? []).filter((id) => !term.s.has(id)) : [...term.s];
    const byId = ordering<string>(spec.type, field, args.orderBy?.direction, (id) => id);
    const page = orderedPage(ids, { first: args.first, after: args.after, order: byId, id: (id) => id });
    const pageIds = page.edges.map((e) => e.node);
    // Kùzu cannot take an empty list parameter; an empty page needs no read.
    const nodes = pageIds.length > 0 ? await ctx.loaders.nodes(spec.byIds, { ids: pageIds }) : [];
    const byIdNode = new Map(nodes.map((n) => [String(n.props.id), n]));
    const edges: { node: T; cursor: string }[] = [];
    for (const e of page.edges) {
      const n = byIdNode.get(e.node);
      // A node deleted between the two reads drops out of the page.
      if (n) edges.push({ node: spec.make(n), cursor: e.cursor });
    }
    return { ...page, edges };
  }

  const [nodes, ...sets] = await Promise.all([ctx.loaders.nodes(spec.all), ...readSets()]);
  const hits = new Map(relKeys.map((k, i) => [k, sets[i]]));
  const items = nodes.map(spec.make).filter((t) => matches(spec, t, spec.id(t), where, hits));
  return orderedPage(items, { first: args.first, after: args.after, last: args.last, before: args.before, order, id: spec.id });
}

/**
 * Rejects values the statements would read as "not given" (their sentinels: '' and
 * negative years), so such input can never widen a filter.
 */
export function checkSentinels(path: string, input: Record<string, unknown>, example: Record<string, string>): void {
  for (const [name, v] of Object.entries(input)) {
    if (v === '' && example[name]) throw badInput(`\`${path}.${name}\` must not be empty: give ${example[name]}, or leave it out`, { argumentName: 'where' });
    if (name === 'year' && typeof v === 'number' && v < 0) throw badInput(`\`${path}.year\` must be a year such as 2024; got ${v}`, { argumentName: 'where' });
  }
}

/** Runs a filter statement and collects its `id` column. */
export async function idSet(ctx: Context, name: string, params: Record<string, unknown>): Promise<Set<string>> {
  const rows = await ctx.loaders.rows(name, params);
  return new Set(rows.map((r) => String(r.id)));
}
