/**
 * Plain domain rules, free of GraphQL and of the store: concentration of
 * production, which production series is a mineral's headline one, and partial
 * dates compared at the precision the source gives.
 */

/** Herfindahl-Hirschman index (0 to 10,000) of percentage shares. */
export function hhi(sharesPercent: readonly number[]): number {
  return Math.round(sharesPercent.reduce((s, x) => s + x * x, 0) * 100) / 100;
}

/**
 * The production series to use when none is asked for: mine production first
 * (the usual measure of where a mineral comes from), then the others.
 */
export function primaryProductionType(types: Iterable<string>): string | undefined {
  const order = (t: string) =>
    t === 'mine' ? 0 : t.startsWith('mine') ? 1 : t === 'primary' ? 2 : t === 'production' ? 3 : t === 'refinery' ? 4 : t === 'smelter' ? 5 : 6;
  return [...new Set(types)].sort((a, b) => order(a) - order(b) || a.localeCompare(b))[0];
}

/** The earliest and latest day a partial date (YYYY, YYYY-MM, YYYY-MM-DD) can mean. */
export function dateBounds(d: string): [string, string] {
  const [y, m, day] = d.split('-');
  if (day) return [d, d];
  if (m) {
    const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return [`${y}-${m}-01`, `${y}-${m}-${String(last).padStart(2, '0')}`];
  }
  return [`${y}-01-01`, `${y}-12-31`];
}

/**
 * Whether a membership certainly held at the end of `asOf` (`2023` means the end
 * of 2023): it began by then, a join dated only `2023-06` counting from the end of
 * June, and had not ended by then. A membership with no known start counts.
 */
export function heldOn(since: string | null | undefined, until: string | null | undefined, asOf: string): boolean {
  const end = dateBounds(asOf)[1];
  if (since && dateBounds(since)[1] > end) return false;
  if (until && dateBounds(until)[0] <= end) return false;
  return true;
}
