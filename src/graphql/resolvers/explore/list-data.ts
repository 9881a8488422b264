import DataLoader from 'dataloader';
import { groupIndex, type Entries, type GroupIndex } from '../../../domain/lists.js';
import type { Loaders } from '../../../repo/loaders.js';
import { STATEMENTS } from '../../../store/statements.js';
import { isGraphNode, partialNode } from '../../../store/values.js';
import type { Context } from '../../context.js';
import { fromNode } from '../../types/entity.js';
import { ListEdition } from '../../types/list-edition.type.js';
import { Mineral } from '../../types/mineral.type.js';

/**
 * The reads behind listDiff, compareLists and Mineral.listPositions, batched per
 * request. Extra loaders live beside the request's Loaders (keyed on it), so they
 * die with the request as the built-in ones do.
 */
interface ExploreLoaders {
  /** Every fact that puts each mineral on a list (its own entry, a group's, a member's). */
  readonly positionFacts: DataLoader<string, PositionFact[]>;
  /** Every list edition, read once per request. */
  allEditions?: Promise<ListEdition[]>;
}

/** One row of explore/list-positions. */
export interface PositionFact {
  readonly edition: string;
  readonly how: 'direct' | 'group' | 'member' | 'sibling' | 'other';
  /** The mineral whose entry it is (the mineral itself, its group, or its member). */
  readonly via: string;
  readonly asPublished: string | null;
  /** 'sibling': a member the two groups share. */
  readonly shared: string | null;
  /** How many members the mineral itself has (0 for an element). */
  readonly size: number;
}

const perRequest = new WeakMap<Loaders, ExploreLoaders>();

function exploreLoaders(ctx: Context): ExploreLoaders {
  let l = perRequest.get(ctx.loaders);
  if (l) return l;
  l = {
    positionFacts: new DataLoader(async (ids) => {
      const rows = await ctx.loaders.rows(STATEMENTS.listPositions, { ids: [...ids] });
      const byKey = new Map<string, PositionFact[]>();
      for (const r of rows) {
        if (!isGraphNode(r.v)) continue;
        // The mineral the entry names is now known: a `via` field below costs nothing.
        ctx.loaders.node.prime(String(r.v.props.id), r.v);
        const k = String(r.key);
        const list = byKey.get(k) ?? [];
        list.push({
          edition: String(r.edition),
          how: r.how as PositionFact['how'],
          via: String(r.v.props.id),
          asPublished: typeof r.asPublished === 'string' ? r.asPublished : null,
          shared: typeof r.shared === 'string' ? r.shared : null,
          size: Number(r.size ?? 0),
        });
        byKey.set(k, list);
      }
      return ids.map((id) => byKey.get(id) ?? []);
    }),
  };
  perRequest.set(ctx.loaders, l);
  return l;
}

/** Every list edition (one round trip per request, shared by every mineral's positions). */
export function allEditions(ctx: Context): Promise<ListEdition[]> {
  const l = exploreLoaders(ctx);
  l.allEditions ??= ctx.loaders.nodes(STATEMENTS.allListEditions).then((ns) => ns.map((n) => fromNode(ListEdition, n)));
  return l.allEditions;
}

export function positionFacts(ctx: Context, mineralId: string): Promise<PositionFact[]> {
  return exploreLoaders(ctx).positionFacts.load(mineralId);
}

/**
 * The group structure around the minerals of the given editions: every (group, member)
 * pair with either end on one of them. Keyed on the editions, so it is read in the same
 * turn as the editions and their entries (one round trip on Neo4j, side by side on Kùzu).
 */
export async function groupsOn(ctx: Context, editionIds: readonly string[]): Promise<GroupIndex> {
  const ids = [...new Set(editionIds)];
  const [down, up] = await Promise.all([
    ctx.loaders.rows(STATEMENTS.editionGroupMembers, { ids }),
    ctx.loaders.rows(STATEMENTS.editionMemberGroups, { ids }),
  ]);
  return groupIndex([...down, ...up].map((r) => ({ group: String(r.grp), member: String(r.member) })));
}

/** List editions by id, or null for an id that is unknown or not a ListEdition (one batched round trip). */
export async function editionsById(ctx: Context, ids: readonly string[]): Promise<(ListEdition | null)[]> {
  // By label: an id seek on ListEdition, where the node loader's statement looks in every label.
  const found = new Map((await ctx.loaders.ofLabel('ListEdition', ids)).map((n) => [String(n.props.id), n]));
  return ids.map((id) => {
    const n = found.get(id);
    return n ? fromNode(ListEdition, n) : null;
  });
}

/**
 * The entries of each edition (mineral id → as printed), and every mineral seen, by id.
 * `lean`: the minerals hold only id and name (explore/edition-entries: no whole node nor
 * relationship), for an answer that selects nothing else of them; they are not primed.
 */
export async function editionEntries(
  ctx: Context,
  ids: readonly string[],
  lean = false,
): Promise<{ entries: Map<string, Entries>; minerals: Map<string, Mineral> }> {
  if (lean) {
    const rows = await ctx.loaders.rows(STATEMENTS.editionEntries, { ids: [...ids] });
    const entries = new Map<string, Map<string, string | null>>(ids.map((id) => [id, new Map()]));
    const minerals = new Map<string, Mineral>();
    for (const r of rows) {
      const m = String(r.id);
      entries.get(String(r.edition))?.set(m, typeof r.asPublished === 'string' ? r.asPublished : null);
      if (!minerals.has(m)) minerals.set(m, fromNode(Mineral, partialNode('Mineral', { id: m, name: r.name })));
    }
    return { entries, minerals };
  }
  const lists = await ctx.loaders.rel(STATEMENTS.editionListings).loadMany([...ids]);
  const entries = new Map<string, Entries>();
  const minerals = new Map<string, Mineral>();
  ids.forEach((id, i) => {
    const hits = lists[i];
    if (hits instanceof Error) throw hits;
    const e = new Map<string, string | null>();
    for (const h of hits) {
      const m = String(h.other.props.id);
      e.set(m, typeof h.rel.props.asPublished === 'string' ? h.rel.props.asPublished : null);
      if (!minerals.has(m)) minerals.set(m, fromNode(Mineral, h.other));
    }
    entries.set(id, e);
  });
  return { entries, minerals };
}

/** What listDiff and compareLists read of their editions' minerals. */
export interface EditionData {
  readonly entries: Map<string, Entries>;
  readonly minerals: Map<string, Mineral>;
  readonly groups: GroupIndex;
}

/**
 * The entries of the editions, their minerals and the group structure around them, in one stage.
 * Lean on Neo4j: one statement, a row per mineral (explore/edition-lists), since Neo4j's cost is
 * per row returned (6,000 rows at 100x instead of 19,400). Otherwise, and on Kùzu, the entries
 * and the two group reads side by side: Kùzu has no pattern comprehension, and the OPTIONAL
 * MATCHes standing in for them cost it 470 ms at 100x against 21.
 */
export async function editionData(ctx: Context, ids: readonly string[], lean = false): Promise<EditionData> {
  if (lean && ctx.loaders.backend === 'neo4j') return editionLists(ctx, ids);
  const [{ entries, minerals }, groups] = await Promise.all([editionEntries(ctx, ids, lean), groupsOn(ctx, ids)]);
  return { entries, minerals, groups };
}

/**
 * The lean edition data from explore/edition-lists alone (on either backend: the tests compare the two
 * ways), and which of the ids are list editions. Its entries hold no text as printed (null): listDiff,
 * its one user, prints none.
 */
export async function editionLists(ctx: Context, ids: readonly string[]): Promise<EditionData & { readonly found: ReadonlySet<string> }> {
  const rows = await ctx.loaders.rows(STATEMENTS.editionLists, { ids: [...new Set(ids)] });
  const entries = new Map<string, Map<string, null>>(ids.map((id) => [id, new Map()]));
  const minerals = new Map<string, Mineral>();
  const found = new Set<string>();
  const pairs: { group: string; member: string }[] = [];
  for (const r of rows) {
    const editions = listOf(r.editions);
    for (const e of editions) found.add(e);
    // The row of the editions that name no mineral.
    if (r.id === null || r.id === undefined) continue;
    const m = String(r.id);
    for (const e of editions) entries.get(e)?.set(m, null);
    minerals.set(m, fromNode(Mineral, partialNode('Mineral', { id: m, name: r.name })));
    for (const x of listOf(r.members)) pairs.push({ group: m, member: x });
    for (const g of listOf(r.groups)) pairs.push({ group: g, member: m });
  }
  return { entries, minerals, groups: groupIndex(pairs), found };
}

/**
 * listDiff's two editions (null where an id is not a list edition) and their data, in one stage.
 * Lean on Neo4j, and with the editions asked for nothing but their ids: explore/edition-lists alone,
 * which says which ids are list editions; at 10x the editions' own lookup beside it took 2 to 6 ms
 * more (interleaved, six rounds: the statement alone 13.0 to 14.9 ms, with the lookup in parallel
 * 15.3 to 18.2, batched 16.8 to 20.4).
 * Otherwise the editions are read beside editionData.
 */
export async function diffInput(
  ctx: Context,
  ids: readonly [string, string],
  lean: { readonly minerals: boolean; readonly editions: boolean },
): Promise<[(ListEdition | null)[], EditionData]> {
  if (lean.minerals && lean.editions && ctx.loaders.backend === 'neo4j') {
    const data = await editionLists(ctx, ids);
    return [ids.map((id) => (data.found.has(id) ? fromNode(ListEdition, partialNode('ListEdition', { id })) : null)), data];
  }
  return Promise.all([editionsById(ctx, ids), editionData(ctx, ids, lean.minerals)]);
}

/** A list column's strings (Kùzu answers null for an empty collect). */
function listOf(v: unknown): string[] {
  return Array.isArray(v) ? v.map(String) : [];
}

/** Minerals by id from those already read (every id here was read in this request). */
export function mineralsOf(ids: readonly string[], known: ReadonlyMap<string, Mineral>): Mineral[] {
  return ids.map((id) => known.get(id)).filter((m): m is Mineral => m !== undefined);
}
