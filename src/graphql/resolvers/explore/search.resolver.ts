import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import {
  DEFAULT_SEARCH_FIRST, matchedValue, normalizeSearchText, rankCandidates, searchTextProblem,
} from '../../../domain/search.js';
import type { NodeLabel } from '../../../domain/model.js';
import { searchCandidates } from '../../../repo/search.js';
import { partialNode } from '../../../store/values.js';
import type { Context } from '../../context.js';
import { badInput } from '../../errors.js';
import { checkFirst } from '../../paginate.js';
import { SearchHit } from '../../types/explore.type.js';
import { toGraphQL } from '../../types/node-types.js';
import { IDENTITY_FIELDS, selectedFields, selectsOnly } from '../../selection.js';

/**
 * How many candidates the ranking sees at most (src/repo/search.ts): every hit up to
 * this many, else the best tiers. Far above `first` (at most 100), so the exact ranking
 * in src/domain/search.ts sees every hit that can make the page unless over this many
 * entities share the boundary tier.
 */
const CANDIDATE_CAP = 1000;

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Ranked hits across all types, matching ids, English and Chinese names, acronyms and aliases, case-insensitively ' +
      '(`镓` finds gallium; `金属北约`, `Minerals Security Partnership` and `msp` find msp first). ' +
      'Score 1.0: the text equals an id, acronym, name or alias; 0.8: it begins one; 0.6: it begins a word in one; 0.4: it occurs in one. ' +
      'Ties by type (Mineral, Country, ListEdition, Policy, Alliance, Agency, Company, Investment, Source), then id.',
  })
  async search(
    @Arg('text', () => String, { description: '1 to 200 characters (trimmed).' }) text: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: DEFAULT_SEARCH_FIRST, description: 'How many hits, 0 to 100.' })
    first: number | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SearchHit[]> {
    const problem = searchTextProblem(text);
    if (problem) throw badInput(problem, { argumentName: 'text' });
    const n = checkFirst(first ?? DEFAULT_SEARCH_FIRST);
    const t = normalizeSearchText(text);
    // Candidates as ids, labels and searchText only; the hits that make the page are read whole
    // afterwards, one statement per label (at 1000x, whole nodes for every candidate cost 6 times more).
    const candidates = await searchCandidates(ctx.loaders, t, CANDIDATE_CAP);
    const ranked = rankCandidates(candidates, t, n);
    const byLabel = new Map<NodeLabel, string[]>();
    for (const h of ranked) {
      const ids = byLabel.get(h.candidate.label);
      if (ids) ids.push(h.candidate.id);
      else byLabel.set(h.candidate.label, [h.candidate.id]);
    }
    // Only what is asked is read: hits that select nothing of their node but id and label (and not
    // `matched`, which reads the node's names) are answered from the candidates.
    const lean = !selectedFields(info, []).has('matched') && selectsOnly(info, [['node']], IDENTITY_FIELDS);
    const read = lean
      ? [ranked.map((h) => partialNode(h.candidate.label, { id: h.candidate.id }))]
      : await Promise.all([...byLabel].map(([label, ids]) => ctx.loaders.ofLabel(label, ids)));
    const nodes = new Map(read.flat().map((node) => [String(node.props.id), node]));
    const hits: SearchHit[] = [];
    for (const h of ranked) {
      const stored = nodes.get(h.candidate.id);
      const node = stored && toGraphQL(stored);
      if (!stored || !node) continue;
      hits.push(Object.assign(new SearchHit(), { node, score: h.score, matched: matchedValue(stored.props, h.line) }));
    }
    return hits;
  }
}
