import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { memberAsOf } from '../../domain/dates.js';
import { STATEMENTS } from '../../store/statements.js';
import type { Context } from '../context.js';
import { PartialDateScalar } from '../scalars.js';
import { Alliance, Membership } from '../types/alliance.type.js';
import { Country } from '../types/country.type.js';
import { fromNode, fromRel } from '../types/entity.js';
import { ListEdition } from '../types/list-edition.type.js';
import { toRelationship } from '../types/node-types.js';
import { Agency, Company, Investment } from '../types/organisation.type.js';
import { Policy } from '../types/policy.type.js';
import { Relationship } from '../types/relationship.type.js';
import { Mineral } from '../types/mineral.type.js';
import { Node } from '../types/node.type.js';
import { toGraphQL } from '../types/node-types.js';
import { entity } from './facts.resolver.js';
import { SourcedResolver } from './sourced.js';
import { compareNullableText, compareText } from '../../domain/compare.js';

/** Every relationship of an entity, outgoing and incoming, as generic Relationships. */
export async function linksOf(ctx: Context, id: string, type: string | null): Promise<Relationship[]> {
  const [out, inc] = await Promise.all([ctx.loaders.rel(STATEMENTS.linksOut).load(id), ctx.loaders.rel(STATEMENTS.linksIn).load(id)]);
  const rels = [
    ...out.map((h) => toRelationship(h.rel, id, String(h.other.props.id))),
    ...inc.map((h) => toRelationship(h.rel, String(h.other.props.id), id)),
  ];
  return (type ? rels.filter((r) => r.type === type) : rels).sort((a, b) => compareText(a.type, b.type) || compareText(a.fromId, b.fromId) || compareText(a.toId, b.toId));
}

function membership(h: { rel: Parameters<typeof fromRel>[1] }, countryId: string, allianceId: string): Membership {
  return fromRel(Membership, h.rel, { countryId, allianceId });
}

const LINKS_DESCRIPTION = 'Every relationship of this entity, both directions; `type` narrows to one (e.g. MANDATES, NAMES, MEMBER_OF).';

@Resolver(() => Country)
export class CountryFactsResolver {
  @FieldResolver(() => [Membership], { description: 'The alliances this economy belongs to, with dates and roles.' })
  async memberships(@Root() c: Country, @Ctx() ctx: Context): Promise<Membership[]> {
    const hits = await ctx.loaders.rel(STATEMENTS.countryMemberships).load(c.id);
    return hits.map((h) => membership(h, c.id, String(h.other.props.id)));
  }

  @FieldResolver(() => [Relationship], { description: LINKS_DESCRIPTION })
  links(@Root() c: Country, @Arg('type', () => String, { nullable: true }) type: string | null, @Ctx() ctx: Context) {
    return linksOf(ctx, c.id, type);
  }
}

@Resolver(() => Alliance)
export class AllianceResolver extends SourcedResolver(Alliance) {
  @FieldResolver(() => [Membership], {
    description:
      'Members with dates, roles and `verification`. Without `asOf`: every membership record, whatever its verification. ' +
      '`asOf` keeps those certainly members at the end of that date whose record is `verified` or `partial` ' +
      '(`includeUnverified: true` also counts those marked `unverified`).',
  })
  async members(
    @Root() a: Alliance,
    @Arg('asOf', () => PartialDateScalar, { nullable: true }) asOf: string | null,
    @Arg('includeUnverified', () => Boolean, { defaultValue: false, description: 'With `asOf`: also count memberships no source read confirms.' })
    includeUnverified: boolean,
    @Ctx() ctx: Context,
  ): Promise<Membership[]> {
    const hits = await ctx.loaders.rel(STATEMENTS.allianceMembers).load(a.id);
    return hits
      .map((h) => membership(h, String(h.other.props.id), a.id))
      .filter((m) => (asOf ? memberAsOf(m, asOf, includeUnverified) : true))
      .sort((x, y) => compareNullableText(x.since, y.since) || compareText(x.countryId, y.countryId));
  }

  @FieldResolver(() => [Relationship], { description: LINKS_DESCRIPTION })
  links(@Root() a: Alliance, @Arg('type', () => String, { nullable: true }) type: string | null, @Ctx() ctx: Context) {
    return linksOf(ctx, a.id, type);
  }
}

@Resolver(() => Policy)
export class PolicyResolver extends SourcedResolver(Policy) {
  @FieldResolver(() => Country, { nullable: true }) issuer(@Root() p: Policy, @Ctx() ctx: Context) {
    return entity(ctx, Country, p.issuer);
  }
  @FieldResolver(() => Agency, { nullable: true }) agency(@Root() p: Policy, @Ctx() ctx: Context) {
    return entity(ctx, Agency, p.agency);
  }
  @FieldResolver(() => [Relationship], { description: LINKS_DESCRIPTION })
  links(@Root() p: Policy, @Arg('type', () => String, { nullable: true }) type: string | null, @Ctx() ctx: Context) {
    return linksOf(ctx, p.id, type);
  }
  @FieldResolver(() => [Mineral], { description: 'The minerals this policy names.' })
  async minerals(@Root() p: Policy, @Ctx() ctx: Context): Promise<Mineral[]> {
    const hits = await ctx.loaders.rel(STATEMENTS.linksOut).load(p.id);
    return hits.filter((h) => h.rel.type === 'NAMES' && h.other.label === 'Mineral').map((h) => fromNode(Mineral, h.other));
  }
}

@Resolver(() => Agency)
export class AgencyResolver extends SourcedResolver(Agency) {
  @FieldResolver(() => Country, { nullable: true }) country(@Root() a: Agency, @Ctx() ctx: Context) {
    return entity(ctx, Country, a.country);
  }
  @FieldResolver(() => Agency, { nullable: true }) parent(@Root() a: Agency, @Ctx() ctx: Context) {
    return entity(ctx, Agency, a.parent);
  }
  @FieldResolver(() => [Relationship], { description: LINKS_DESCRIPTION })
  links(@Root() a: Agency, @Arg('type', () => String, { nullable: true }) type: string | null, @Ctx() ctx: Context) {
    return linksOf(ctx, a.id, type);
  }
}

@Resolver(() => Company)
export class CompanyResolver extends SourcedResolver(Company) {
  @FieldResolver(() => Country, { nullable: true }) country(@Root() c: Company, @Ctx() ctx: Context) {
    return entity(ctx, Country, c.country);
  }
  @FieldResolver(() => [Relationship], { description: LINKS_DESCRIPTION })
  links(@Root() c: Company, @Arg('type', () => String, { nullable: true }) type: string | null, @Ctx() ctx: Context) {
    return linksOf(ctx, c.id, type);
  }
}

@Resolver(() => Investment)
export class InvestmentResolver extends SourcedResolver(Investment) {
  @FieldResolver(() => Node, { nullable: true, description: 'The agency or country that funds it.' })
  async funder(@Root() i: Investment, @Ctx() ctx: Context) {
    return i.funder ? toGraphQL(await ctx.loaders.node.load(i.funder)) : null;
  }
  @FieldResolver(() => Node, { nullable: true, description: 'The company or country that receives it.' })
  async recipient(@Root() i: Investment, @Ctx() ctx: Context) {
    return i.recipient ? toGraphQL(await ctx.loaders.node.load(i.recipient)) : null;
  }
  @FieldResolver(() => Policy, { nullable: true, description: 'The programme or law it is made under.' }) program(@Root() i: Investment, @Ctx() ctx: Context) {
    return entity(ctx, Policy, i.program);
  }
  @FieldResolver(() => [Mineral], { description: 'The minerals it targets.' })
  async minerals(@Root() i: Investment, @Ctx() ctx: Context): Promise<Mineral[]> {
    const hits = await ctx.loaders.rel(STATEMENTS.linksOut).load(i.id);
    return hits.filter((h) => h.rel.type === 'TARGETS' && h.other.label === 'Mineral').map((h) => fromNode(Mineral, h.other));
  }
}

@Resolver(() => ListEdition)
export class ListEditionAgencyResolver {
  @FieldResolver(() => Agency, { nullable: true, description: 'The agency that published the list, where a source names it.' })
  agency(@Root() e: ListEdition, @Ctx() ctx: Context) {
    return entity(ctx, Agency, e.agency);
  }
}
