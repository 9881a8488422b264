/**
 * Dates at the precision a source gives them (`2023`, `2023-06`, `2023-06-14`): one
 * set of rules for the seed validator, the `Date` scalar, memberships as of a date and
 * the timeline, so an unknown day or month is never invented.
 */
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** YYYY, YYYY-MM or YYYY-MM-DD, naming a month and day that exist. */
export function isValidDate(s: string): boolean {
  const m = PARTIAL_DATE.exec(s);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12)) return false;
  if (d !== undefined && (Number(d) < 1 || Number(d) > daysInMonth(Number(y), Number(mo)))) return false;
  return true;
}

/** The earliest and latest day a partial date can mean. */
export function dateBounds(d: string): [string, string] {
  const [y, m, day] = d.split('-');
  if (day) return [d, d];
  if (m) return [`${y}-${m}-01`, `${y}-${m}-${String(daysInMonth(Number(y), Number(m))).padStart(2, '0')}`];
  return [`${y}-01-01`, `${y}-12-31`];
}

/**
 * Whether a membership certainly held at the end of `asOf` (`2023` means the end
 * of 2023): it began by then, a join dated only `2023-06` counting from the end of
 * June, and had not ended by then. A membership with no known start counts.
 */
/** Whether a membership record of this verification is counted (`unverified` only when asked for). */
export function countsAsOf(verification: string | null | undefined, includeUnverified: boolean): boolean {
  return includeUnverified || verification !== 'unverified';
}

/**
 * Whether a membership certainly held at the end of `asOf`, and whether its record is
 * good enough to be counted: rows marked `unverified` (no source read states them)
 * count only when asked for; `verified` and `partial` (membership read, exact date not
 * found) always do.
 */
export function memberAsOf(
  m: { since?: string | null; until?: string | null; verification?: string | null },
  asOf: string,
  includeUnverified = false,
): boolean {
  return countsAsOf(m.verification, includeUnverified) && heldOn(m.since, m.until, asOf);
}

export function heldOn(since: string | null | undefined, until: string | null | undefined, asOf: string): boolean {
  const end = dateBounds(asOf)[1];
  if (since && dateBounds(since)[1] > end) return false;
  if (until && dateBounds(until)[0] <= end) return false;
  return true;
}
