import { badInput } from '../errors.js';
import { pageWindow } from '../paginate.js';
import type { ConnectionShape } from '../types/connection.js';
import { OrderDirection } from './scalar.input.js';
import { compareText } from '../../domain/compare.js';

export type SortKey = string | number | null;

/** One ordering of a connection: its name (in cursors and messages) and how to read an item's key. */
export interface Ordering<T> {
  /** `<Type>:<FIELD>:<DIRECTION>`, e.g. `Mineral:NAME:ASC`. */
  readonly tag: string;
  readonly key: (t: T) => SortKey;
  readonly descending: boolean;
}

export function ordering<T>(type: string, field: string, direction: OrderDirection | null | undefined, key: (t: T) => SortKey): Ordering<T> {
  const dir = direction ?? OrderDirection.ASC;
  return { tag: `${type}:${field}:${dir}`, key, descending: dir === OrderDirection.DESC };
}

/** Code-point order, as the databases' ORDER BY sorts text; numbers numerically. */
function compareKeys(a: Exclude<SortKey, null>, b: Exclude<SortKey, null>): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return compareText(String(a), String(b));
}

/** Unknown keys sort last in either direction; ties go by id ascending, so the order is total. */
function comparator(descending: boolean) {
  return (ka: SortKey, ia: string, kb: SortKey, ib: string): number => {
    if (ka !== kb) {
      if (ka === null) return 1;
      if (kb === null) return -1;
      const c = compareKeys(ka, kb);
      if (c !== 0) return descending ? -c : c;
    }
    return compareText(ia, ib);
  };
}

/** A cursor names the ordering it belongs to, the sort key and the id of the item. */
export function encodeOrderedCursor(tag: string, key: SortKey, id: string): string {
  return Buffer.from(JSON.stringify([tag, key, id]), 'utf8').toString('base64url');
}

export function decodeOrderedCursor(cursor: string, expectedTag: string, argument: 'after' | 'before' = 'after'): [SortKey, string] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (
    !Array.isArray(parsed) || parsed.length !== 3 || typeof parsed[0] !== 'string' || typeof parsed[2] !== 'string' ||
    !(parsed[1] === null || typeof parsed[1] === 'string' || typeof parsed[1] === 'number')
  ) {
    throw badInput(`\`${argument}\` is not a cursor this API issued: pass an \`${argument === 'after' ? 'endCursor' : 'startCursor'}\` or an edge \`cursor\` from an earlier page`, { argumentName: argument });
  }
  if (parsed[0] !== expectedTag) {
    const show = (t: string) => t.split(':').join(' ');
    throw badInput(
      `\`${argument}\` is a cursor for the order ${show(parsed[0])}, but this request orders by ${show(expectedTag)}: ` +
        `pass the same \`orderBy\` as the page the cursor came from, or leave out \`${argument}\` to start again`,
      { argumentName: argument },
    );
  }
  return [parsed[1], parsed[2]];
}

/** Sorts the matching items and returns the page after the cursor (keyset: stays valid when items are added). */
export function orderedPage<T>(
  items: readonly T[],
  opts: { first?: number | null; after?: string | null; last?: number | null; before?: string | null; order: Ordering<T>; id: (t: T) => string },
): ConnectionShape<T> {
  const window = pageWindow(opts);
  const { order, id } = opts;
  const cmp = comparator(order.descending);
  const keyed = items.map((t) => ({ t, k: order.key(t), i: id(t) }));
  keyed.sort((a, b) => cmp(a.k, a.i, b.k, b.i));
  if (window.backwards) {
    // The `last` items before the cursor (or the end), in the connection's order.
    let end = keyed.length;
    if (window.cursor) {
      const [k, i] = decodeOrderedCursor(window.cursor, order.tag, 'before');
      end = keyed.findIndex((x) => cmp(x.k, x.i, k, i) >= 0);
      if (end < 0) end = keyed.length;
    }
    const from = Math.max(0, end - window.size);
    const back = keyed.slice(from, end);
    const edges = back.map((x) => ({ node: x.t, cursor: encodeOrderedCursor(order.tag, x.k, x.i) }));
    return {
      edges,
      totalCount: keyed.length,
      pageInfo: {
        hasNextPage: end < keyed.length,
        hasPreviousPage: from > 0,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
    };
  }
  const first = window.size;
  let start = 0;
  if (opts.after) {
    const [k, i] = decodeOrderedCursor(opts.after, order.tag);
    start = keyed.findIndex((x) => cmp(x.k, x.i, k, i) > 0);
    if (start < 0) start = keyed.length;
  }
  const page = keyed.slice(start, start + first);
  const edges = page.map((x) => ({ node: x.t, cursor: encodeOrderedCursor(order.tag, x.k, x.i) }));
  return {
    edges,
    totalCount: keyed.length,
    pageInfo: {
      hasNextPage: start + first < keyed.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
