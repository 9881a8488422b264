/**
 * Search ranking: plain rules over an entity's `searchText` (its id, names,
 * Chinese names, acronyms, symbols and aliases, lower-cased, one per line; see
 * src/seeds/spec.ts `searchable`).
 *
 * Scores (the best line of an entity counts):
 *
 * | score | the query text (trimmed, lower-cased) ...                                  |
 * |-------|----------------------------------------------------------------------------|
 * | 1.0   | equals a whole line: the id, an acronym, a full name or alias (`msp`, `镓`)  |
 * | 0.8   | begins a line (a name or alias prefix: `minerals sec`)                     |
 * | 0.6   | begins a word inside a line (`security` in `minerals security partnership`) |
 * | 0.4   | occurs anywhere in a line                                                   |
 *
 * Ties go by type (TYPE_ORDER), then id, so the order is total and stable.
 */
import { compareText } from './compare.js';

export const MAX_SEARCH_TEXT = 200;
export const DEFAULT_SEARCH_FIRST = 20;

/** The order of types among hits of equal score. */
export const TYPE_ORDER = ['Mineral', 'Country', 'ListEdition', 'Policy', 'Alliance', 'Agency', 'Company', 'Investment', 'Source'] as const;

export const SCORE = { exact: 1, prefix: 0.8, wordPrefix: 0.6, contains: 0.4 } as const;

/** Why the text cannot be searched, or null when it can. */
export function searchTextProblem(text: string): string | null {
  const t = text.trim();
  if (t.length === 0) return '`text` must contain at least one character that is not a space';
  if ([...t].length > MAX_SEARCH_TEXT) return `\`text\` may be at most ${MAX_SEARCH_TEXT} characters; got ${[...t].length}`;
  return null;
}

/** The text as it is matched: trimmed, lower-cased, any line break read as a space (a hit never spans two names). */
export function normalizeSearchText(text: string): string {
  return text.trim().replace(/\s*[\r\n]+\s*/g, ' ').toLowerCase();
}

/**
 * The parameters of the candidate statement (cypher/<backend>/explore/search):
 * the text with and without its line delimiters, so the statement can put exact
 * and prefix matches first without building strings in Cypher.
 */
export function searchParams(t: string, cap: number): Record<string, unknown> {
  return { t, nlT: `\n${t}`, tNl: `${t}\n`, nlTNl: `\n${t}\n`, cap };
}

/** How well one line of searchText matches the normalized text (0 when it does not). */
export function lineScore(line: string, t: string): number {
  if (line === t) return SCORE.exact;
  if (line.startsWith(t)) return SCORE.prefix;
  const at = line.indexOf(t);
  if (at < 0) return 0;
  // A word starts after anything that is not a letter or digit (space, hyphen, bracket, slash).
  for (let i = at; i >= 0; i = line.indexOf(t, i + 1)) {
    if (!/[\p{L}\p{N}]/u.test(line[i - 1] ?? '')) return SCORE.wordPrefix;
  }
  return SCORE.contains;
}

export interface Scored {
  readonly score: number;
  /** The line that matched best (lower-cased, as in searchText). */
  readonly line: string;
}

/** The best line of an entity's searchText, or null when none matches. */
export function scoreSearchText(searchText: string | null | undefined, t: string): Scored | null {
  let best: Scored | null = null;
  for (const line of (searchText ?? '').split('\n')) {
    const score = lineScore(line, t);
    if (score > 0 && (!best || score > best.score)) best = { score, line };
  }
  return best;
}

export interface Candidate {
  readonly id: string;
  readonly label: string;
  readonly searchText?: string | null;
}

export interface RankedHit<C extends Candidate> extends Scored {
  readonly candidate: C;
}

function typeRank(label: string): number {
  const i = (TYPE_ORDER as readonly string[]).indexOf(label);
  return i < 0 ? TYPE_ORDER.length : i;
}

/** Scores, filters and orders candidates: score descending, then type, then id; the first `first`. */
export function rankCandidates<C extends Candidate>(candidates: readonly C[], t: string, first: number): RankedHit<C>[] {
  const hits: RankedHit<C>[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    const s = scoreSearchText(c.searchText, t);
    if (s) hits.push({ ...s, candidate: c });
  }
  hits.sort(
    (a, b) =>
      b.score - a.score || typeRank(a.candidate.label) - typeRank(b.candidate.label) || compareText(a.candidate.id, b.candidate.id),
  );
  return hits.slice(0, first);
}

const NOT_NAMES = new Set(['searchText', 'note', 'noteSources', 'citation', 'sources']);
/** Where one lower-cased line stands for several stored values (`gallium`: id and name), the first of these wins; the id comes last. */
const NAME_FIRST = ['name', 'acronym', 'title', 'nameZh', 'titleZh', 'symbol', 'aliases'];

/**
 * The stored value a matched line came from, in its own case (`Minerals Security
 * Partnership` for the line `minerals security partnership`), or the line itself.
 */
export function matchedValue(props: Record<string, unknown>, line: string): string {
  const keys = Object.keys(props).filter((k) => !NOT_NAMES.has(k));
  const rank = (k: string) => (k === 'id' ? NAME_FIRST.length + 1 : NAME_FIRST.includes(k) ? NAME_FIRST.indexOf(k) : NAME_FIRST.length);
  keys.sort((a, b) => rank(a) - rank(b));
  for (const k of keys) {
    const v = props[k];
    for (const s of Array.isArray(v) ? v : [v]) if (typeof s === 'string' && s.toLowerCase() === line) return s;
  }
  return line;
}
