import type { Context } from '../context.js';
import { badInput } from '../errors.js';
import type { ConnectionShape } from '../types/connection.js';
import type { GraphNode } from '../../store/values.js';
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
  readonly make: (n: GraphNode) => T;
  readonly id: (t: T) => string;
  readonly scalars: Readonly<Record<string, { kind: ScalarKind; get: (t: T) => unknown }>>;
  readonly relations: Readonly<Record<string, RelationFilter<any>>>;
  /** Order-field enum value → the item's sort key. */
  readonly orderKeys: Readonly<Record<string, (t: T) => SortKey>>;
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

/**
 * A filtered, ordered page of one connection. Round trips: the label's nodes and
 * every distinct relationship filter of the tree are read at once (in parallel);
 * scalar operators, AND/OR/NOT, ordering and paging then run here.
 */
export async function filteredConnection<T>(ctx: Context, spec: ConnectionSpec<T>, args: ConnectionArgs): Promise<ConnectionShape<T>> {
  const where = (args.where ?? {}) as WhereNode;
  const rels = new Map<string, [string, unknown]>();
  walk(spec, where, 'where', 1, rels);
  const field = args.orderBy?.field ?? 'ID';
  const key = spec.orderKeys[field];
  if (!key) throw badInput(`\`orderBy.field\` must be one of ${Object.keys(spec.orderKeys).join(', ')}`, { argumentName: 'orderBy' });
  const order = ordering(spec.type, field, args.orderBy?.direction, key);

  const relKeys = [...rels.keys()];
  const [nodes, ...sets] = await Promise.all([
    ctx.loaders.nodes(spec.all),
    ...relKeys.map((k) => {
      const [f, input] = rels.get(k)!;
      return spec.relations[f].ids(ctx, input);
    }),
  ]);
  const hits = new Map(relKeys.map((k, i) => [k, sets[i]]));
  const items = nodes.map(spec.make).filter((t) => matches(spec, t, spec.id(t), where, hits));
  return orderedPage(items, { first: args.first, after: args.after, order, id: spec.id });
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
  const rows = await ctx.store.read({ name, params });
  return new Set(rows.map((r) => String(r.id)));
}
