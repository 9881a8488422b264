import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { STATEMENTS } from '../../store/statements.js';
import type { Context } from '../context.js';
import { paginate } from '../paginate.js';
import { ConnectionType } from '../types/connection.js';
import { Country } from '../types/country.type.js';
import { fromNode } from '../types/entity.js';
import { ListEdition } from '../types/list-edition.type.js';
import { Mineral } from '../types/mineral.type.js';
import { toGraphQL } from '../types/node-types.js';
import { Alliance } from '../types/alliance.type.js';
import { Policy } from '../types/policy.type.js';
import { Node } from '../types/node.type.js';

export const MineralConnection = ConnectionType(Mineral, 'Mineral');
export const CountryConnection = ConnectionType(Country, 'Country');
export const ListEditionConnection = ConnectionType(ListEdition, 'ListEdition');
export const PolicyConnection = ConnectionType(Policy, 'Policy');
export const AllianceConnection = ConnectionType(Alliance, 'Alliance');

/** The entry points of DESIGN.md. Thin: arguments and shape; the queries live in cypher/. */
@Resolver()
export class QueryResolver {
  @Query(() => Node, { nullable: true, description: 'Any entity by id; null when unknown.' })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Node | null> {
    return toGraphQL(await ctx.loaders.node.load(id));
  }

  @Query(() => Mineral, { nullable: true })
  mineral(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Mineral | null> {
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

  @Query(() => PolicyConnection, { description: 'Policies, ordered by id.' })
  async policies(
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    const all = (await ctx.loaders.nodes(STATEMENTS.allPolicies)).map((n) => fromNode(Policy, n));
    return paginate(all, { first, after, key: (e) => e.id, id: (e) => e.id });
  }

  @Query(() => AllianceConnection, { description: 'Alliances, ordered by id.' })
  async alliances(
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    const all = (await ctx.loaders.nodes(STATEMENTS.allAlliances)).map((n) => fromNode(Alliance, n));
    return paginate(all, { first, after, key: (e) => e.id, id: (e) => e.id });
  }

  @Query(() => MineralConnection, { description: 'Minerals and mineral groups, ordered by id.' })
  async minerals(
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 0 to 100 (default 50).' }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    const all = (await ctx.loaders.nodes(STATEMENTS.allMinerals)).map((n) => fromNode(Mineral, n));
    return paginate(all, { first, after, key: (m) => m.id, id: (m) => m.id });
  }

  @Query(() => CountryConnection, { description: 'Countries and economies, ordered by id.' })
  async countries(
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    const all = (await ctx.loaders.nodes(STATEMENTS.allCountries)).map((n) => fromNode(Country, n));
    return paginate(all, { first, after, key: (c) => c.id, id: (c) => c.id });
  }

  @Query(() => ListEditionConnection, { description: 'List editions, ordered by id.' })
  async listEditions(
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    const all = (await ctx.loaders.nodes(STATEMENTS.allListEditions)).map((n) => fromNode(ListEdition, n));
    return paginate(all, { first, after, key: (e) => e.id, id: (e) => e.id });
  }
}

async function byId<C extends object>(ctx: Context, id: string, label: string, cls: new () => C): Promise<C | null> {
  const node = await ctx.loaders.node.load(id);
  return node && node.label === label ? fromNode(cls, node) : null;
}
