import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { STATEMENTS } from '../../store/statements.js';
import type { Context } from '../context.js';
import { Country } from '../types/country.type.js';
import { fromNode } from '../types/entity.js';
import { ListEdition } from '../types/list-edition.type.js';
import { SourcedResolver } from './sourced.js';
import { compareText } from '../../domain/compare.js';

@Resolver(() => Country)
export class CountryResolver extends SourcedResolver(Country) {
  @FieldResolver(() => [ListEdition], { description: 'The critical-mineral list editions this economy issued, oldest first; undated editions last; then by id.' })
  async listEditions(@Root() c: Country, @Ctx() ctx: Context): Promise<ListEdition[]> {
    const hits = await ctx.loaders.rel(STATEMENTS.countryEditions).load(c.id);
    const yearOf = (e: ListEdition) => (typeof e.year === 'number' ? e.year : Infinity);
    return hits.map((h) => fromNode(ListEdition, h.other)).sort((a, b) => yearOf(a) - yearOf(b) || compareText(a.id, b.id));
  }
}
