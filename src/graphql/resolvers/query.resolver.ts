import type { NodeLabel } from '../../domain/model.js';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import { STATEMENTS } from '../../store/statements.js';
import type { Context } from '../context.js';
import {
  ALLIANCE_CONNECTION, AllianceOrder, AllianceWhere, COUNTRY_CONNECTION, CountryOrder, CountryWhere, filteredConnection, LIST_EDITION_CONNECTION,
  ListEditionOrder, ListEditionWhere, MINERAL_CONNECTION, MineralOrder, MineralWhere, POLICY_CONNECTION, PolicyOrder, PolicyWhere,
} from '../filters/index.js';
import { ConnectionType } from '../types/connection.js';
import { Country } from '../types/country.type.js';
import { fromNode } from '../types/entity.js';
import { ListEdition } from '../types/list-edition.type.js';
import { Mineral } from '../types/mineral.type.js';
import { toGraphQL } from '../types/node-types.js';
import { Alliance } from '../types/alliance.type.js';
import { Policy } from '../types/policy.type.js';
import { Node } from '../types/node.type.js';
import { prefetchMineralFacts } from './mineral-facts.resolver.js';

const PAGE = 'Page size, 0 to 100 (default 50).';
const LAST = 'Backward paging (with `before`): the last this many items, 0 to 100, in the connection’s order; not with `first`/`after`.';
const BEFORE = 'A cursor (a `startCursor`): the items before it.';

export const MineralConnection = ConnectionType(Mineral, 'Mineral');
export const CountryConnection = ConnectionType(Country, 'Country');
export const ListEditionConnection = ConnectionType(ListEdition, 'ListEdition');
export const PolicyConnection = ConnectionType(Policy, 'Policy');
export const AllianceConnection = ConnectionType(Alliance, 'Alliance');

/** The entry points of schema/CONTRACT.md. Thin: arguments and shape; the queries live in cypher/. */
@Resolver()
export class QueryResolver {
  @Query(() => Node, { nullable: true, description: 'Any entity by id; null when unknown.' })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Node | null> {
    return toGraphQL(await ctx.loaders.node.load(id));
  }

  @Query(() => Mineral, { nullable: true })
  mineral(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Mineral | null> {
    prefetchMineralFacts(ctx, id, info);
    return byId(ctx, id, 'Mineral', Mineral);
  }

  @Query(() => Country, { nullable: true })
  country(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Country | null> {
    return byId(ctx, id, 'Country', Country);
  }

  @Query(() => ListEdition, { nullable: true })
  listEdition(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ListEdition | null> {
    return byId(ctx, id, 'ListEdition', ListEdition);
  }

  @Query(() => Policy, { nullable: true })
  policy(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Policy | null> {
    return byId(ctx, id, 'Policy', Policy);
  }

  @Query(() => Alliance, { nullable: true })
  alliance(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Alliance | null> {
    return byId(ctx, id, 'Alliance', Alliance);
  }

  @Query(() => PolicyConnection, { description: 'Policies, filtered by `where`, ordered by `orderBy` (default id).' })
  policies(
    @Arg('where', () => PolicyWhere, { nullable: true }) where: PolicyWhere | null,
    @Arg('orderBy', () => PolicyOrder, { nullable: true }) orderBy: PolicyOrder | null,
    @Arg('first', () => Int, { nullable: true, description: PAGE }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('last', () => Int, { nullable: true, description: LAST }) last: number | null,
    @Arg('before', () => String, { nullable: true, description: BEFORE }) before: string | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return filteredConnection(ctx, POLICY_CONNECTION, { where, orderBy, first, after, last, before }, info);
  }

  @Query(() => AllianceConnection, { description: 'Alliances, filtered by `where`, ordered by `orderBy` (default id).' })
  alliances(
    @Arg('where', () => AllianceWhere, { nullable: true }) where: AllianceWhere | null,
    @Arg('orderBy', () => AllianceOrder, { nullable: true }) orderBy: AllianceOrder | null,
    @Arg('first', () => Int, { nullable: true, description: PAGE }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('last', () => Int, { nullable: true, description: LAST }) last: number | null,
    @Arg('before', () => String, { nullable: true, description: BEFORE }) before: string | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return filteredConnection(ctx, ALLIANCE_CONNECTION, { where, orderBy, first, after, last, before }, info);
  }

  @Query(() => MineralConnection, { description: 'Minerals and mineral groups, filtered by `where`, ordered by `orderBy` (default id).' })
  minerals(
    @Arg('where', () => MineralWhere, { nullable: true }) where: MineralWhere | null,
    @Arg('orderBy', () => MineralOrder, { nullable: true }) orderBy: MineralOrder | null,
    @Arg('first', () => Int, { nullable: true, description: PAGE }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('last', () => Int, { nullable: true, description: LAST }) last: number | null,
    @Arg('before', () => String, { nullable: true, description: BEFORE }) before: string | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return filteredConnection(ctx, MINERAL_CONNECTION, { where, orderBy, first, after, last, before }, info);
  }

  @Query(() => CountryConnection, { description: 'Countries and economies, filtered by `where`, ordered by `orderBy` (default id).' })
  countries(
    @Arg('where', () => CountryWhere, { nullable: true }) where: CountryWhere | null,
    @Arg('orderBy', () => CountryOrder, { nullable: true }) orderBy: CountryOrder | null,
    @Arg('first', () => Int, { nullable: true, description: PAGE }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('last', () => Int, { nullable: true, description: LAST }) last: number | null,
    @Arg('before', () => String, { nullable: true, description: BEFORE }) before: string | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return filteredConnection(ctx, COUNTRY_CONNECTION, { where, orderBy, first, after, last, before }, info);
  }

  @Query(() => ListEditionConnection, { description: 'List editions, filtered by `where`, ordered by `orderBy` (default id).' })
  listEditions(
    @Arg('where', () => ListEditionWhere, { nullable: true }) where: ListEditionWhere | null,
    @Arg('orderBy', () => ListEditionOrder, { nullable: true }) orderBy: ListEditionOrder | null,
    @Arg('first', () => Int, { nullable: true, description: PAGE }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('last', () => Int, { nullable: true, description: LAST }) last: number | null,
    @Arg('before', () => String, { nullable: true, description: BEFORE }) before: string | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return filteredConnection(ctx, LIST_EDITION_CONNECTION, { where, orderBy, first, after, last, before }, info);
  }
}

/** A typed root lookup (`mineral(id:)`): by label, one key seek, where the node loader looks in every label. */
async function byId<C extends object>(ctx: Context, id: string, label: NodeLabel, cls: new () => C): Promise<C | null> {
  const [node] = await ctx.loaders.ofLabel(label, [id]);
  return node && node.label === label ? fromNode(cls, node) : null;
}
