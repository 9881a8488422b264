import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { groupIndex, latestEditions, positionOn } from '../../../domain/lists.js';
import type { Context } from '../../context.js';
import { fromNode } from '../../types/entity.js';
import { ListPosition } from '../../types/explore.type.js';
import { Mineral } from '../../types/mineral.type.js';
import { allEditions, positionFacts } from './list-data.js';
import { toPosition } from './lists.resolver.js';

/**
 * Mineral.listPositions: the mineral on the latest edition of every list series.
 * Two round trips for any number of minerals: every list edition (once per
 * request) and, batched over the minerals, what puts each on any list.
 */
@Resolver(() => Mineral)
export class MineralListPositionsResolver {
  @FieldResolver(() => [ListPosition], {
    description:
      'Where this mineral stands on the latest edition of every economy’s list, one per list series (an edition id without its year: ' +
      'USA, USA-DOE, EUU, EUU-SRM, ...), ordered by edition id: LISTED, VIA_GROUP (through a group such as rare earth elements), ' +
      'MEMBERS_LISTED (a group whose members are named) or NOT_LISTED.',
  })
  async listPositions(@Root() m: Mineral, @Ctx() ctx: Context): Promise<ListPosition[]> {
    const [editions, facts] = await Promise.all([allEditions(ctx), positionFacts(ctx, m.id)]);
    // Rebuild, per edition, the part of its entries and of the group structure that concerns this mineral.
    const entries = new Map<string, Map<string, string | null>>();
    const pairs: { group: string; member: string }[] = [];
    const members = new Set<string>();
    for (const f of facts) {
      if (f.how === 'other') continue;
      const e = entries.get(f.edition) ?? new Map<string, string | null>();
      e.set(f.via, f.asPublished);
      entries.set(f.edition, e);
      if (f.how === 'group') pairs.push({ group: f.via, member: m.id });
      if (f.how === 'member') members.add(f.via);
      if (f.how === 'sibling' && f.shared) {
        members.add(f.shared);
        pairs.push({ group: f.via, member: f.shared });
      }
    }
    // Members no list entry reaches stand in as unnamed ones, so "every member" rules stay exact.
    const size = facts[0]?.size ?? 0;
    for (let i = members.size; i < size; i++) members.add(`\u0000unlisted-${i}`);
    for (const x of members) pairs.push({ group: m.id, member: x });
    const groups = groupIndex(pairs);
    const latest = latestEditions(editions);
    const viaIds = [...new Set(facts.map((f) => f.via))];
    // Primed by the facts' read: no round trip.
    const viaNodes = await ctx.loaders.node.loadMany(viaIds);
    const minerals = new Map<string, Mineral>();
    viaIds.forEach((id, i) => {
      const n = viaNodes[i];
      if (n && !(n instanceof Error)) minerals.set(id, fromNode(Mineral, n));
    });
    return latest.map((e) => toPosition(e, positionOn(m.id, entries.get(e.id) ?? new Map(), groups), minerals));
  }
}
