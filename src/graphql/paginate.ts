import { badInput } from './errors.js';
import type { ConnectionShape } from './types/connection.js';

export const DEFAULT_PAGE = 50;
export const MAX_PAGE = 100;

type Key = string | number | null;

/** An opaque cursor: the sort key and the id of the last item seen. */
export function encodeCursor(key: Key, id: string): string {
  return Buffer.from(JSON.stringify([key, id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): [Key, string] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (
    !Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[1] !== 'string' ||
    !(parsed[0] === null || typeof parsed[0] === 'string' || typeof parsed[0] === 'number')
  ) {
    throw badInput('`after` is not a cursor this API issued: pass an `endCursor` or an edge `cursor` from an earlier page', { argumentName: 'after' });
  }
  return [parsed[0], parsed[1]];
}

export function checkFirst(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE) {
    throw badInput(`\`first\` must be a whole number from 0 to ${MAX_PAGE}; got ${first}`, { argumentName: 'first' });
  }
  return first;
}

function compare(a: Key, b: Key): number {
  if (a === b) return 0;
  if (a === null) return 1; // nulls last
  if (b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'en');
}

/**
 * Sorts items by a key (then id, so the order is total), and returns the page
 * after the cursor. Keyset semantics: a cursor stays valid when items are added.
 */
export function paginate<T>(
  items: readonly T[],
  opts: { first?: number | null; after?: string | null; key: (t: T) => Key; id: (t: T) => string; descending?: boolean },
): ConnectionShape<T> {
  const first = checkFirst(opts.first);
  const dir = opts.descending ? -1 : 1;
  const cmp = (ka: Key, ia: string, kb: Key, ib: string) => dir * compare(ka, kb) || ia.localeCompare(ib);
  const sorted = [...items].sort((a, b) => cmp(opts.key(a), opts.id(a), opts.key(b), opts.id(b)));
  let start = 0;
  if (opts.after) {
    const [k, id] = decodeCursor(opts.after);
    start = sorted.findIndex((t) => cmp(opts.key(t), opts.id(t), k, id) > 0);
    if (start < 0) start = sorted.length;
  }
  const page = sorted.slice(start, start + first);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(opts.key(node), opts.id(node)) }));
  return {
    edges,
    totalCount: sorted.length,
    pageInfo: {
      hasNextPage: start + first < sorted.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
