import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { STATEMENTS } from '../../store/statements.js';
import type { Context } from '../context.js';
import { Country } from '../types/country.type.js';
import { fromNode, fromRel } from '../types/entity.js';
import { ListEdition, Listing } from '../types/list-edition.type.js';
import { Mineral } from '../types/mineral.type.js';
import { identityOnly } from './facts.resolver.js';
import { SourcedResolver } from './sourced.js';

@Resolver(() => ListEdition)
export class ListEditionResolver extends SourcedResolver(ListEdition) {
  @FieldResolver(() => Country, { description: 'The economy that issued the list.' })
  async issuer(@Root() e: ListEdition, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Country | null> {
    // ISSUED_BY is derived from the edition's required `issuer` (a Country the seeds' loader
    // checks, src/seeds/spec.ts): a selection of only its id is answered from it, without a read.
    const byId = identityOnly(Country, e.issuer, info);
    if (byId) return byId;
    const [hit] = await ctx.loaders.rel(STATEMENTS.editionIssuer).load(e.id);
    return hit ? fromNode(Country, hit.other) : null;
  }

  @FieldResolver(() => [Mineral], { description: 'The minerals on the list, by id.' })
  async minerals(@Root() e: ListEdition, @Ctx() ctx: Context): Promise<Mineral[]> {
    const hits = await ctx.loaders.rel(STATEMENTS.editionListings).load(e.id);
    return hits.map((h) => fromNode(Mineral, h.other));
  }

  @FieldResolver(() => [Listing], { description: 'The entries of the list as printed, with their sources.' })
  async listings(@Root() e: ListEdition, @Ctx() ctx: Context): Promise<Listing[]> {
    const hits = await ctx.loaders.rel(STATEMENTS.editionListings).load(e.id);
    return hits.map((h) => fromRel(Listing, h.rel, { edition: e.id, mineral: String(h.other.props.id) }));
  }
}

@Resolver(() => Listing)
export class ListingResolver extends SourcedResolver(Listing) {
  @FieldResolver(() => ListEdition)
  async edition(@Root() l: Listing, @Ctx() ctx: Context): Promise<ListEdition | null> {
    const n = await ctx.loaders.node.load(l.edition);
    return n ? fromNode(ListEdition, n) : null;
  }

  @FieldResolver(() => Mineral)
  async mineral(@Root() l: Listing, @Ctx() ctx: Context): Promise<Mineral | null> {
    const n = await ctx.loaders.node.load(l.mineral);
    return n ? fromNode(Mineral, n) : null;
  }
}
