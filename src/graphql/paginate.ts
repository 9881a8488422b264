import { badInput } from './errors.js';

export const DEFAULT_PAGE = 50;
export const MAX_PAGE = 100;

export function checkFirst(first: number | null | undefined, name: 'first' | 'last' = 'first'): number {
  if (first === null || first === undefined) return DEFAULT_PAGE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE) {
    throw badInput(`\`${name}\` must be a whole number from 0 to ${MAX_PAGE}; got ${first}`, { argumentName: name });
  }
  return first;
}

/**
 * Which way a connection pages: forwards (`first`, `after`) or backwards (`last`,
 * `before`, Relay's backward pagination). Mixing the two is refused, as GitHub does.
 */
export interface PageWindow {
  readonly backwards: boolean;
  readonly size: number;
  readonly cursor: string | null;
}

export function pageWindow(args: { first?: number | null; after?: string | null; last?: number | null; before?: string | null }): PageWindow {
  const given = (v: unknown) => v !== null && v !== undefined;
  const backwards = given(args.last) || given(args.before);
  if (backwards && (given(args.first) || given(args.after))) {
    throw badInput('Page forwards with `first`/`after` or backwards with `last`/`before`, not both in one request', {
      argumentName: given(args.last) ? 'last' : 'before',
    });
  }
  return backwards
    ? { backwards, size: checkFirst(args.last, 'last'), cursor: args.before ?? null }
    : { backwards, size: checkFirst(args.first), cursor: args.after ?? null };
}
