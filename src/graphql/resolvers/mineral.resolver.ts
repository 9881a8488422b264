import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { STATEMENTS } from '../../store/statements.js';
import type { Context } from '../context.js';
import { fromNode, fromRel } from '../types/entity.js';
import { Listing } from '../types/list-edition.type.js';
import { Mineral } from '../types/mineral.type.js';
import { SourcedResolver } from './sourced.js';
import { mineralFacts } from './mineral-facts.resolver.js';
import { compareText } from '../../domain/compare.js';

@Resolver(() => Mineral)
export class MineralResolver extends SourcedResolver(Mineral) {
  @FieldResolver(() => Boolean, { description: 'True for a group whose members are minerals too.' })
  isGroup(@Root() m: Mineral): boolean {
    return m.isGroup === true;
  }

  @FieldResolver(() => [Mineral], { description: 'For a group: its member minerals.' })
  async members(@Root() m: Mineral, @Ctx() ctx: Context): Promise<Mineral[]> {
    const hits = await ctx.loaders.rel(STATEMENTS.groupMembers).load(m.id);
    return hits.map((h) => fromNode(Mineral, h.other));
  }

  @FieldResolver(() => Mineral, {
    nullable: true,
    description: 'The group this mineral belongs to (the largest, where several lists group it differently; all in `groups`).',
  })
  async group(@Root() m: Mineral, @Ctx() ctx: Context): Promise<Mineral | null> {
    const groups = await this.groupsWithSize(m, ctx);
    groups.sort((a, b) => b.size - a.size || compareText(a.group.id, b.group.id));
    return groups[0]?.group ?? null;
  }

  @FieldResolver(() => [Mineral], { description: 'Every group this mineral belongs to.' })
  async groups(@Root() m: Mineral, @Ctx() ctx: Context): Promise<Mineral[]> {
    const hits = await ctx.loaders.rel(STATEMENTS.mineralGroups).load(m.id);
    return hits.map((h) => fromNode(Mineral, h.other));
  }

  @FieldResolver(() => Mineral, {
    nullable: true,
    description: 'The mineral this commodity is a form of, where USGS publishes it apart (bauxite and alumina: aluminum; sheet mica: mica).',
  })
  async formOf(@Root() m: Mineral, @Ctx() ctx: Context): Promise<Mineral | null> {
    const hits = await ctx.loaders.rel(STATEMENTS.linksOut).load(m.id);
    const h = hits.filter((x) => x.rel.type === 'FORM_OF').sort((a, b) => compareText(String(a.other.props.id), String(b.other.props.id)))[0];
    return h ? fromNode(Mineral, h.other) : null;
  }

  @FieldResolver(() => [Mineral], { description: 'The commodities USGS publishes apart that are forms of this mineral (aluminum: alumina, bauxite), by id.' })
  async forms(@Root() m: Mineral, @Ctx() ctx: Context): Promise<Mineral[]> {
    const hits = await ctx.loaders.rel(STATEMENTS.linksIn).load(m.id);
    return hits
      .filter((x) => x.rel.type === 'FORM_OF')
      .map((x) => fromNode(Mineral, x.other))
      .sort((a, b) => compareText(a.id, b.id));
  }

  @FieldResolver(() => [Listing], {
    description:
      'The list editions this mineral is on, oldest first (undated editions last, then by edition id), as each prints it. ' +
      '`viaGroup: true` adds the entries of the groups it belongs to (the Listing’s `mineral` is then the group: EUU-2023 names ' +
      'heavy-rare-earth-elements, which puts dysprosium on it).',
  })
  async listedIn(
    @Root() m: Mineral,
    @Arg('viaGroup', () => Boolean, { defaultValue: false, description: 'Also the listings of the groups this mineral belongs to.' }) viaGroup: boolean,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Listing[]> {
    const listings$ = mineralFacts(ctx, 'listedIn', info);
    const own = await listings$.load(m.id);
    const listings = own.map((h) => ({ l: fromRel(Listing, h.rel, { edition: String(h.other.props.id), mineral: m.id }), year: h.other.props.year }));
    if (viaGroup) {
      const groups = await ctx.loaders.rel(STATEMENTS.mineralGroups).load(m.id);
      const ofGroups = await listings$.loadMany(groups.map((g) => String(g.other.props.id)));
      groups.forEach((g, i) => {
        const hits = ofGroups[i];
        if (hits instanceof Error) throw hits;
        for (const h of hits ?? []) {
          listings.push({ l: fromRel(Listing, h.rel, { edition: String(h.other.props.id), mineral: String(g.other.props.id) }), year: h.other.props.year });
        }
      });
    }
    const yearOf = (v: unknown) => (typeof v === 'number' ? v : Infinity);
    return listings
      .sort((a, b) => yearOf(a.year) - yearOf(b.year) || compareText(a.l.edition, b.l.edition) || compareText(a.l.mineral, b.l.mineral))
      .map((x) => x.l);
  }

  private async groupsWithSize(m: Mineral, ctx: Context) {
    const groups = await this.groups(m, ctx);
    const members = await ctx.loaders.rel(STATEMENTS.groupMembers).loadMany(groups.map((g) => g.id));
    return groups.map((group, i) => ({ group, size: Array.isArray(members[i]) ? (members[i] as unknown[]).length : 0 }));
  }
}
