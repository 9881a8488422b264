import { badInput } from './errors.js';

export const DEFAULT_PAGE = 50;
export const MAX_PAGE = 100;

export function checkFirst(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE) {
    throw badInput(`\`first\` must be a whole number from 0 to ${MAX_PAGE}; got ${first}`, { argumentName: 'first' });
  }
  return first;
}
