import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { STATEMENTS } from '../../store/statements.js';
import type { Context } from '../context.js';
import { Country } from '../types/country.type.js';
import { fromNode } from '../types/entity.js';
import { ListEdition } from '../types/list-edition.type.js';
import { SourcedResolver } from './sourced.js';

@Resolver(() => Country)
export class CountryResolver extends SourcedResolver(Country) {
  @FieldResolver(() => [ListEdition], { description: 'The critical-mineral list editions this economy issued, oldest first.' })
  async listEditions(@Root() c: Country, @Ctx() ctx: Context): Promise<ListEdition[]> {
    const hits = await ctx.loaders.rel(STATEMENTS.countryEditions).load(c.id);
    return hits.map((h) => fromNode(ListEdition, h.other));
  }
}
