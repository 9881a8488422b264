import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import {
  DEFAULT_SEARCH_FIRST, matchedValue, normalizeSearchText, rankCandidates, searchParams, searchTextProblem,
} from '../../../domain/search.js';
import { STATEMENTS } from '../../../store/statements.js';
import type { Context } from '../../context.js';
import { badInput } from '../../errors.js';
import { checkFirst } from '../../paginate.js';
import { SearchHit } from '../../types/explore.type.js';
import { toGraphQL } from '../../types/node-types.js';

/**
 * How many candidates the statement hands over, best tier first. Far above `first`
 * (at most 100), so the exact ranking in src/domain/search.ts sees every hit that
 * can make the page unless over this many entities share the boundary tier.
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
  ): Promise<SearchHit[]> {
    const problem = searchTextProblem(text);
    if (problem) throw badInput(problem, { argumentName: 'text' });
    const n = checkFirst(first ?? DEFAULT_SEARCH_FIRST);
    const t = normalizeSearchText(text);
    const nodes = await ctx.loaders.nodes(STATEMENTS.searchCandidates, searchParams(t, CANDIDATE_CAP));
    const ranked = rankCandidates(
      nodes.map((node) => ({ id: String(node.props.id), label: node.label, searchText: node.props.searchText as string | null, node })),
      t,
      n,
    );
    const hits: SearchHit[] = [];
    for (const h of ranked) {
      const node = toGraphQL(h.candidate.node);
      if (!node) continue;
      hits.push(Object.assign(new SearchHit(), { node, score: h.score, matched: matchedValue(h.candidate.node.props, h.line) }));
    }
    return hits;
  }
}
