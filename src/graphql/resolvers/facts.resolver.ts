import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { IDENTITY_FIELDS, selectsOnly } from '../selection.js';
import type { Context } from '../context.js';
import { Alliance, Membership } from '../types/alliance.type.js';
import { Country } from '../types/country.type.js';
import { fromNode } from '../types/entity.js';
import { ImportReliance, ImportSource, Indicator, ProductionShare, Reserve } from '../types/facts.type.js';
import { Mineral } from '../types/mineral.type.js';
import { toGraphQL } from '../types/node-types.js';
import { Node } from '../types/node.type.js';
import { Relationship } from '../types/relationship.type.js';
import { SourcedResolver } from './sourced.js';

/** Loads an entity of a known class by id through the request's node loader. */
export async function entity<C extends object>(ctx: Context, cls: new () => C, id: string | null | undefined): Promise<C | null> {
  if (!id) return null;
  const n = await ctx.loaders.node.load(id);
  return n ? fromNode(cls, n) : null;
}

/**
 * An entity a stored fact names: one of its ends, or a country its properties name (an import
 * source's `importer`, an indicator's `partner`: the seeds' loader refuses one that is not a known
 * Country, src/seeds/spec.ts). Either way the node exists, so a selection of only its id and type
 * is answered from the id, without a read (the fact lists then read only the end's id, see
 * Loaders.rel `endIdOnly`); otherwise `entity`.
 */
export function factEnd<C extends object>(ctx: Context, cls: new () => C, id: string | null | undefined, info: GraphQLResolveInfo): Promise<C | null> | C | null {
  if (!id) return null;
  return identityOnly(cls, id, info) ?? entity(ctx, cls, id);
}

/**
 * The entity of a known id, answered from the id alone when the field selects only its id and
 * type (IDENTITY_FIELDS); null when it asks more, or has no id. Only for ids the graph is known
 * to hold (see factEnd).
 */
export function identityOnly<C extends object>(cls: new () => C, id: string | null | undefined, info: GraphQLResolveInfo): C | null {
  return id && selectsOnly(info, [[]], IDENTITY_FIELDS) ? Object.assign(new cls(), { id }) : null;
}

@Resolver(() => ImportReliance)
export class ImportRelianceResolver extends SourcedResolver(ImportReliance) {
  @FieldResolver(() => Country) importer(@Root() r: ImportReliance, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return factEnd(ctx, Country, r.importerId, info);
  }
  @FieldResolver(() => Mineral) mineral(@Root() r: ImportReliance, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return factEnd(ctx, Mineral, r.mineralId, info);
  }
}

@Resolver(() => ImportSource)
export class ImportSourceResolver extends SourcedResolver(ImportSource) {
  @FieldResolver(() => Country, { description: 'The country imported from.' }) country(@Root() r: ImportSource, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return factEnd(ctx, Country, r.countryId, info);
  }
  @FieldResolver(() => Country) importer(@Root() r: ImportSource, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return factEnd(ctx, Country, r.importerId, info);
  }
  @FieldResolver(() => Mineral) mineral(@Root() r: ImportSource, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return factEnd(ctx, Mineral, r.mineralId, info);
  }
}

@Resolver(() => ProductionShare)
export class ProductionShareResolver extends SourcedResolver(ProductionShare) {
  @FieldResolver(() => Country) country(@Root() r: ProductionShare, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return factEnd(ctx, Country, r.countryId, info);
  }
  @FieldResolver(() => Mineral) mineral(@Root() r: ProductionShare, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return factEnd(ctx, Mineral, r.mineralId, info);
  }
}

@Resolver(() => Reserve)
export class ReserveResolver extends SourcedResolver(Reserve) {
  @FieldResolver(() => Country) country(@Root() r: Reserve, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return factEnd(ctx, Country, r.countryId, info);
  }
  @FieldResolver(() => Mineral) mineral(@Root() r: Reserve, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return factEnd(ctx, Mineral, r.mineralId, info);
  }
}

@Resolver(() => Indicator)
export class IndicatorResolver extends SourcedResolver(Indicator) {
  @FieldResolver(() => Country, { description: 'Whose market, supply or share the value describes.' }) country(@Root() r: Indicator, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return factEnd(ctx, Country, r.countryId, info);
  }
  @FieldResolver(() => Country, { nullable: true, description: 'The other country, e.g. the one depended on.' }) partner(@Root() r: Indicator, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return factEnd(ctx, Country, r.partner, info);
  }
  @FieldResolver(() => Mineral) mineral(@Root() r: Indicator, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return factEnd(ctx, Mineral, r.mineralId, info);
  }
}

@Resolver(() => Membership)
export class MembershipResolver extends SourcedResolver(Membership) {
  @FieldResolver(() => Country) country(@Root() m: Membership, @Ctx() ctx: Context) {
    return entity(ctx, Country, m.countryId);
  }
  @FieldResolver(() => Alliance) alliance(@Root() m: Membership, @Ctx() ctx: Context) {
    return entity(ctx, Alliance, m.allianceId);
  }
}

@Resolver(() => Relationship)
export class RelationshipResolver extends SourcedResolver(Relationship) {
  @FieldResolver(() => Node) async from(@Root() r: Relationship, @Ctx() ctx: Context) {
    return toGraphQL(await ctx.loaders.node.load(r.fromId));
  }
  @FieldResolver(() => Node) async to(@Root() r: Relationship, @Ctx() ctx: Context) {
    return toGraphQL(await ctx.loaders.node.load(r.toId));
  }
}
