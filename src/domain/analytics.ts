/**
 * Plain domain rules, free of GraphQL and of the store: concentration of
 * production, and which production series is a mineral's headline one.
 */
import { compareText } from './compare.js';

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
  return [...new Set(types)].sort((a, b) => order(a) - order(b) || compareText(a, b))[0];
}
