import { badInput } from '../errors.js';

/** The kind of a filterable field, which decides its operators. */
export type ScalarKind = 'string' | 'int' | 'float' | 'date' | 'boolean';

/** The union of the scalar filters' operators (StringFilter, IntFilter, FloatFilter, DateFilter, BooleanFilter). */
interface Ops {
  equals?: string | number | boolean | null;
  in?: (string | number)[] | null;
  contains?: string | null;
  startsWith?: string | null;
  gt?: string | number | null;
  gte?: string | number | null;
  lt?: string | number | null;
  lte?: string | number | null;
}

const given = <T>(v: T | null | undefined): v is T => v !== null && v !== undefined;

/** Rejects what GraphQL's types cannot: an empty `in` list. `path` names the argument in the message. */
export function validateScalar(f: object, path: string): void {
  const inList = (f as Ops).in;
  if (given(inList) && inList.length === 0) {
    throw badInput(`\`${path}.in\` must list at least one value (to accept any value, leave \`in\` out)`, { argumentName: 'where' });
  }
}

/**
 * Compares two partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) at the precision both
 * have: `2023` and `2023-06-14` compare as `2023` and `2023`, so they are equal.
 */
export function compareDates(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Whether a value satisfies every operator of its filter; a null value satisfies none. */
export function matchScalar(kind: ScalarKind, value: unknown, f: object): boolean {
  const op = f as Ops;
  if (kind === 'boolean') return !given(op.equals) || value === op.equals;
  if (value === null || value === undefined) return !Object.values(op).some(given);
  if (kind === 'string') {
    const s = String(value);
    const lower = s.toLowerCase();
    return (
      (!given(op.equals) || s === op.equals) &&
      (!given(op.in) || op.in.includes(s)) &&
      (!given(op.contains) || lower.includes(String(op.contains).toLowerCase())) &&
      (!given(op.startsWith) || lower.startsWith(String(op.startsWith).toLowerCase()))
    );
  }
  if (kind === 'date') {
    const d = String(value);
    const c = (x: string) => compareDates(d, x);
    return (
      (!given(op.equals) || c(String(op.equals)) === 0) &&
      (!given(op.gt) || c(String(op.gt)) > 0) &&
      (!given(op.gte) || c(String(op.gte)) >= 0) &&
      (!given(op.lt) || c(String(op.lt)) < 0) &&
      (!given(op.lte) || c(String(op.lte)) <= 0)
    );
  }
  const n = Number(value);
  return (
    (!given(op.equals) || n === op.equals) &&
    (!given(op.in) || op.in.includes(n)) &&
    (!given(op.gt) || n > Number(op.gt)) &&
    (!given(op.gte) || n >= Number(op.gte)) &&
    (!given(op.lt) || n < Number(op.lt)) &&
    (!given(op.lte) || n <= Number(op.lte))
  );
}
