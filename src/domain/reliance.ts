/**
 * Net import reliance as USGS publishes it, turned into what it certainly says about
 * the percentage, so `min`/`max` can be applied to rows without a number.
 *
 * - a number (`47`, `100`) is that value;
 * - `>x` means above x (and at most 100); `<x` means below x (and at least 0);
 *   `Less than 1/2 unit.` means below 0.5;
 * - `E` (net exporter) means below 0.
 *
 * A row matches `min` only when every value it allows is >= min, and `max` only when
 * every value it allows is <= max. So `>50` matches `min: 50` (and any lower min) but
 * not `min: 60`, and matches `max` only from 100; `<25` matches `max: 25` and higher
 * but no `min` above 0; `E` never matches a `min` (min is 0 to 100) and matches any
 * `max`. Text this module cannot read matches neither bound.
 */
export interface RelianceRange {
  /** Lowest possible value and whether the range excludes it. */
  lo: number;
  loOpen: boolean;
  hi: number;
  hiOpen: boolean;
}

export function relianceRange(percent: number | null | undefined, text: string | null | undefined): RelianceRange | null {
  if (typeof percent === 'number' && Number.isFinite(percent)) return { lo: percent, loOpen: false, hi: percent, hiOpen: false };
  const t = (text ?? '').trim();
  if (t === 'E') return { lo: -Infinity, loOpen: true, hi: 0, hiOpen: true };
  if (/^less than 1\/2 unit\.?$/i.test(t)) return { lo: 0, loOpen: false, hi: 0.5, hiOpen: true };
  const m = /^([<>])\s*(\d+(?:\.\d+)?)$/.exec(t);
  if (m) {
    const x = Number(m[2]);
    return m[1] === '>' ? { lo: x, loOpen: true, hi: 100, hiOpen: false } : { lo: 0, loOpen: false, hi: x, hiOpen: true };
  }
  const n = /^\d+(?:\.\d+)?$/.test(t) ? Number(t) : NaN;
  return Number.isFinite(n) ? { lo: n, loOpen: false, hi: n, hiOpen: false } : null;
}

/** Whether a published reliance certainly lies within [min, max] (either bound may be absent). */
export function relianceWithin(percent: number | null | undefined, text: string | null | undefined, min?: number | null, max?: number | null): boolean {
  const hasMin = min !== null && min !== undefined;
  const hasMax = max !== null && max !== undefined;
  if (!hasMin && !hasMax) return true;
  const r = relianceRange(percent, text);
  if (!r) return false;
  // lo is excluded when open, but every allowed value is still > lo >= min when lo >= min.
  if (hasMin && !(r.lo >= min)) return false;
  if (hasMax && !(r.hi <= max)) return false;
  return true;
}

/**
 * What a published reliance certainly says, as two numbers stored with the fact at load
 * time, so a database can filter on it: `relianceLo` the lowest value it allows (null when
 * unbounded below, as `E`, or unreadable), `relianceHi` the highest (null when unreadable).
 * A row meets `min` when relianceLo >= min and `max` when relianceHi <= max: the rule of
 * relianceWithin, where an open bound changes nothing (every allowed value is beyond it).
 */
export function relianceBounds(percent: number | null | undefined, text: string | null | undefined): { relianceLo: number | null; relianceHi: number | null } {
  const r = relianceRange(percent, text);
  if (!r) return { relianceLo: null, relianceHi: null };
  return { relianceLo: Number.isFinite(r.lo) ? r.lo : null, relianceHi: Number.isFinite(r.hi) ? r.hi : null };
}
