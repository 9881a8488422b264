import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { diffLists, isOnList, MAX_COMPARED_EDITIONS, onlyOn, positionOn, type Position } from '../../../domain/lists.js';
import type { Context } from '../../context.js';
import { IDENTITY_FIELDS, selectsOnly } from '../../selection.js';
import { badInput } from '../../errors.js';
import {
  ListComparison, ListComparisonRow, ListDiff, ListPosition, ListStatus, RegroupDirection, Regrouping,
} from '../../types/explore.type.js';
import type { ListEdition } from '../../types/list-edition.type.js';
import { Mineral } from '../../types/mineral.type.js';
import { diffInput, editionData, editionsById, mineralsOf } from './list-data.js';
import { compareText } from '../../../domain/compare.js';

/** Mineral fields a lean edition read answers (explore/edition-entries). */
const LEAN_MINERAL_FIELDS: ReadonlySet<string> = new Set([...IDENTITY_FIELDS, 'name']);

/**
 * listDiff and compareLists: one stage whatever the lists (the editions, their entries,
 * the groups on them either way: see editionData), one round trip on Neo4j; the rules
 * are in src/domain/lists.ts.
 */
@Resolver()
export class ListsResolver {
  @Query(() => ListDiff, {
    nullable: true,
    description:
      'What changed from one list edition to another: `added`, `removed`, `unchanged`, group splits and merges in `regrouped` ' +
      '(USA-2018 names rare earth elements, USA-2022 the elements: they are regrouped, not added and removed). ' +
      'Null when either id is unknown or not a list edition.',
  })
  async listDiff(
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ListDiff | null> {
    // Only what is asked is read: minerals as id and name when the answer selects nothing else of them.
    const lean = {
      minerals: selectsOnly(info, [['added'], ['removed'], ['unchanged'], ['regrouped', 'group'], ['regrouped', 'members']], LEAN_MINERAL_FIELDS),
      editions: selectsOnly(info, [['from'], ['to']], IDENTITY_FIELDS),
    };
    // One stage: the editions, their entries and the groups on them are read together.
    const [[a, b], { entries, minerals, groups }] = await diffInput(ctx, [from, to], lean);
    if (!a || !b) return null;
    const d = diffLists(entries.get(a.id)!, entries.get(b.id)!, groups);
    return Object.assign(new ListDiff(), {
      from: a,
      to: b,
      added: mineralsOf(d.added, minerals),
      removed: mineralsOf(d.removed, minerals),
      unchanged: mineralsOf(d.unchanged, minerals),
      regrouped: d.regrouped.map((r) =>
        Object.assign(new Regrouping(), {
          group: minerals.get(r.group)!,
          members: mineralsOf(r.members, minerals),
          direction: RegroupDirection[r.direction],
        }),
      ),
    });
  }

  @Query(() => ListComparison, {
    nullable: true,
    description:
      `Which mineral is on which of up to ${MAX_COMPARED_EDITIONS} list editions, side by side, group-aware. ` +
      'Null when any id is unknown or not a list edition. For "on USA-2025 but not EUU-2023": ' +
      '`compareLists(editions: ["USA-2025", "EUU-2023"]) { onlyIn(edition: "USA-2025") { id } }` ' +
      '(the same as `listDiff(from: "EUU-2023", to: "USA-2025") { added }`).',
  })
  async compareLists(
    @Arg('editions', () => [ID], { description: `1 to ${MAX_COMPARED_EDITIONS} distinct list edition ids, e.g. ["USA-2025", "EUU-2023", "CHN-2016"].` })
    ids: string[],
    @Ctx() ctx: Context,
  ): Promise<ListComparison | null> {
    if (ids.length === 0 || ids.length > MAX_COMPARED_EDITIONS) {
      throw badInput(`\`editions\` takes 1 to ${MAX_COMPARED_EDITIONS} list edition ids; got ${ids.length}`, { argumentName: 'editions' });
    }
    const dup = ids.find((id, i) => ids.indexOf(id) !== i);
    if (dup !== undefined) throw badInput(`\`editions\` must not repeat an id; ${dup} is given twice`, { argumentName: 'editions' });
    const [found, { entries, minerals, groups }] = await Promise.all([editionsById(ctx, ids), editionData(ctx, ids)]);
    if (found.some((e) => e === null)) return null;
    const editions = found as ListEdition[];
    const rows = [...minerals.keys()].sort(compareText).map((id) => {
      const domain = editions.map((e) => positionOn(id, entries.get(e.id)!, groups));
      const positions = editions.map((e, i) => toPosition(e, domain[i]!, minerals));
      return Object.assign(new ListComparisonRow(), {
        mineral: minerals.get(id)!,
        // Named, through a group, or a group whose members are all covered (rare-earth-elements on EUU-2023, through HREE and LREE).
        on: domain.map(isOnList),
        via: positions.map((p, i) => {
          if (p.asPublished) return p.asPublished;
          // Unrecorded print form: the name of the mineral or group the entry names.
          if (p.status === ListStatus.LISTED) return minerals.get(id)!.name;
          if (p.status === ListStatus.VIA_GROUP) return p.via[0]?.name ?? null;
          // A group covered whole by entries for its parts: those entries as printed.
          if (p.status === ListStatus.MEMBERS_LISTED && isOnList(domain[i]!)) {
            const printed = entries.get(editions[i]!.id)!;
            return p.via.map((v) => printed.get(v.id) ?? v.name).join(' + ');
          }
          return null;
        }),
        positions,
      });
    });
    return Object.assign(new ListComparison(), { editions, rows, entries, groups, minerals });
  }
}

@Resolver(() => ListComparison)
export class ListComparisonResolver {
  @FieldResolver(() => [Mineral], {
    description: 'The minerals named on this edition that no other compared edition covers (named, through a group, or through members).',
  })
  onlyIn(@Root() c: ListComparison, @Arg('edition', () => ID, { description: 'One of the compared editions.' }) edition: string): Mineral[] {
    const target = c.entries.get(edition);
    if (!target) {
      throw badInput(`\`edition\` must be one of the compared editions (${c.editions.map((e) => e.id).join(', ')}); got ${edition}`, {
        argumentName: 'edition',
      });
    }
    const others = c.editions.filter((e) => e.id !== edition).map((e) => c.entries.get(e.id)!);
    return mineralsOf(onlyOn(target, others, c.groups), c.minerals);
  }
}

/** A domain position as its GraphQL object; every `via` mineral is on the edition, so already read. */
export function toPosition(edition: ListEdition, p: Position, minerals: ReadonlyMap<string, Mineral>): ListPosition {
  return Object.assign(new ListPosition(), {
    edition,
    status: ListStatus[p.status],
    asPublished: p.asPublished,
    via: mineralsOf(p.via, minerals),
  });
}
