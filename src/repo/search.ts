import { isNodeLabel, type NodeLabel } from '../domain/model.js';
import { searchParams, type Candidate } from '../domain/search.js';
import { STATEMENTS } from '../store/statements.js';
import type { Loaders } from './loaders.js';

export interface SearchCandidate extends Candidate {
  readonly label: NodeLabel;
}

/**
 * The entities whose searchText contains `t` (normalised), at most `cap` of them, for
 * src/domain/search.ts to rank. First unranked (explore/search-unranked, at most cap + 1):
 * when no more than `cap` come back they are every hit, so the exact ranking sees them all.
 * Only a broader text is read again with the tiers of explore/search (exact lines, then
 * prefixes, then the rest, cut at `cap`), which cost Kùzu twice the unranked read.
 */
export async function searchCandidates(loaders: Loaders, t: string, cap: number): Promise<SearchCandidate[]> {
  let rows = await loaders.rows(STATEMENTS.searchUnranked, { t, limit: cap + 1 });
  if (rows.length > cap) rows = await loaders.rows(STATEMENTS.searchCandidates, searchParams(t, cap));
  return rows.flatMap((r) =>
    isNodeLabel(String(r.label)) ? [{ id: String(r.id), label: String(r.label) as NodeLabel, searchText: (r.searchText as string | null) ?? null }] : [],
  );
}
