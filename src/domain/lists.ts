/**
 * Rules for reading critical-mineral lists side by side: which mineral a list
 * covers, what changed between two editions, and each mineral's place on the
 * latest edition of every list. Plain data in, plain data out (mineral and
 * edition ids); the GraphQL layer maps ids to objects.
 *
 * Groups: a list may name a group (rare-earth-elements) where another names its
 * members (neodymium, ...). A mineral is *covered* by a list when the list names
 * it, names a group it belongs to, or (for a group) names any of its members.
 * Covered is what "on the list" means when lists are compared, so a group on one
 * list and its members on the other are never counted as added and removed.
 */
import { compareText } from './compare.js';

/** Group structure: the members of each group and the groups of each member. */
export interface GroupIndex {
  readonly membersOf: ReadonlyMap<string, readonly string[]>;
  readonly groupsOf: ReadonlyMap<string, readonly string[]>;
}

export function groupIndex(pairs: Iterable<{ readonly group: string; readonly member: string }>): GroupIndex {
  const membersOf = new Map<string, string[]>();
  const groupsOf = new Map<string, string[]>();
  const push = (m: Map<string, string[]>, k: string, v: string) => {
    const list = m.get(k) ?? [];
    if (!list.includes(v)) list.push(v);
    m.set(k, list);
  };
  for (const { group, member } of pairs) {
    push(membersOf, group, member);
    push(groupsOf, member, group);
  }
  for (const list of [...membersOf.values(), ...groupsOf.values()]) list.sort(compareText);
  return { membersOf, groupsOf };
}

/** A list edition's entries: mineral id → the name as the list prints it (null where not recorded). */
export type Entries = ReadonlyMap<string, string | null>;

export type ListStatus = 'LISTED' | 'VIA_GROUP' | 'MEMBERS_LISTED' | 'NOT_LISTED';

/** Where one mineral stands on one list. */
export interface Position {
  readonly status: ListStatus;
  /**
   * The entry that puts the mineral on the list, as printed: its own entry
   * (LISTED), the group's entry (VIA_GROUP, the first group by id when several);
   * null for MEMBERS_LISTED and NOT_LISTED.
   */
  readonly asPublished: string | null;
  /**
   * VIA_GROUP: the listed groups it belongs to, or (for a group) the listed groups that hold
   * every one of its members; MEMBERS_LISTED: its listed members and the listed groups that
   * hold some of them; otherwise empty.
   */
  readonly via: readonly string[];
  /**
   * Whether the list covers the mineral whole: LISTED and VIA_GROUP always; MEMBERS_LISTED
   * when every member is named or in a listed group (EUU-2023's HREE and LREE hold every
   * rare earth element); NOT_LISTED never.
   */
  readonly whole: boolean;
}

/**
 * The mineral's position on a list, strongest first: named itself (LISTED), named
 * through a group it belongs to (VIA_GROUP), a group some of whose members are
 * named (MEMBERS_LISTED), else NOT_LISTED.
 */
export function positionOn(mineral: string, entries: Entries, groups: GroupIndex): Position {
  if (entries.has(mineral)) return { status: 'LISTED', asPublished: entries.get(mineral) ?? null, via: [], whole: true };
  const members = groups.membersOf.get(mineral) ?? [];
  const listedGroupsOf = (m: string) => (groups.groupsOf.get(m) ?? []).filter((g) => g !== mineral && entries.has(g));
  // A group every member of which a listed group holds is on the list through it (HREE through rare-earth-elements).
  const holdingAll = members.length === 0 ? [] : listedGroupsOf(members[0]!).filter((g) => members.every((m) => listedGroupsOf(m).includes(g)));
  const viaGroups = [...new Set([...listedGroupsOf(mineral), ...holdingAll])].sort(compareText);
  if (viaGroups.length > 0) return { status: 'VIA_GROUP', asPublished: entries.get(viaGroups[0]!) ?? null, via: viaGroups, whole: true };
  const named = members.filter((m) => entries.has(m));
  const through = members.flatMap(listedGroupsOf);
  if (named.length + through.length > 0) {
    const whole = members.every((m) => entries.has(m) || listedGroupsOf(m).length > 0);
    return { status: 'MEMBERS_LISTED', asPublished: null, via: [...new Set([...named, ...through])].sort(compareText), whole };
  }
  return { status: 'NOT_LISTED', asPublished: null, via: [], whole: false };
}

/** Whether a position puts the mineral on the list: named, through a group, or a group whose members are all covered. */
export function isOnList(p: Position): boolean {
  return p.whole;
}

/** Whether the list covers the mineral: named, through a group, or (a group) through its members. */
export function covers(entries: Entries, mineral: string, groups: GroupIndex): boolean {
  return positionOn(mineral, entries, groups).status !== 'NOT_LISTED';
}

export type RegroupDirection = 'SPLIT' | 'MERGED';

/**
 * A group and members that one list names the other way: SPLIT when the later
 * list names members where the earlier named the group, MERGED the reverse.
 */
export interface Regrouping {
  readonly group: string;
  readonly members: readonly string[];
  readonly direction: RegroupDirection;
}

export interface ListDiffResult {
  /** On `to`, not covered by `from`. */
  readonly added: readonly string[];
  /** On `from`, not covered by `to`. */
  readonly removed: readonly string[];
  /** Named on both. */
  readonly unchanged: readonly string[];
  /**
   * Every other difference: each mineral named on only one of the two lists but
   * covered by the other appears here, as a group or as a member (never in
   * added or removed).
   */
  readonly regrouped: readonly Regrouping[];
}

/**
 * The group-aware difference between two editions (every id sorted).
 *
 * - unchanged: named on both lists.
 * - added / removed: named on one list and not covered by the other.
 * - regrouped, SPLIT, for each group G named on `from`: the members of G that
 *   `to` names and `from` does not (if G is still on `to`), or all members `to`
 *   names (if G left). MERGED is the mirror image for a group named on `to`.
 *
 * A group no longer named also lists, among `members`, the groups `to` names that
 * share members with it: CAN-2024 (rare-earth-elements) → EUU-2023 (HREE, LREE) gives
 * SPLIT rare-earth-elements [heavy-rare-earth-elements, light-rare-earth-elements].
 *
 * So USA-2018 (rare-earth-elements) → USA-2022 (cerium, ..., yttrium) gives
 * SPLIT rare-earth-elements [cerium, ..., yttrium], and none of them is added or
 * removed.
 */
export function diffLists(from: Entries, to: Entries, groups: GroupIndex): ListDiffResult {
  const sorted = (xs: Iterable<string>) => [...xs].sort(compareText);
  const unchanged = sorted([...from.keys()].filter((m) => to.has(m)));
  const added = sorted([...to.keys()].filter((m) => !from.has(m) && !covers(from, m, groups)));
  const removed = sorted([...from.keys()].filter((m) => !to.has(m) && !covers(to, m, groups)));
  const regrouped: Regrouping[] = [];
  const regroup = (a: Entries, b: Entries, direction: RegroupDirection) => {
    // In the list's own order: `regrouped` is sorted once below.
    for (const g of a.keys()) {
      const ms = groups.membersOf.get(g) ?? [];
      const onB = ms.filter((m) => b.has(m));
      // Groups on b (and not on a) that share members with g: HREE and LREE for rare-earth-elements, and the reverse.
      // (An element has no members, so no group shares one: the scan of b is skipped for it.)
      const mine = new Set(ms);
      const parts = b.has(g) || ms.length === 0 ? [] : [...b.keys()].filter((h) => h !== g && !a.has(h) && (groups.membersOf.get(h) ?? []).some((m) => mine.has(m)));
      // Still a group on both lists: only members newly named (or no longer named) one by one.
      const members = b.has(g) ? onB.filter((m) => !a.has(m)) : sorted(new Set([...onB, ...parts]));
      if (members.length > 0) regrouped.push({ group: g, members, direction });
    }
  };
  regroup(from, to, 'SPLIT');
  regroup(to, from, 'MERGED');
  regrouped.sort((x, y) => compareText(x.group, y.group) || compareText(x.direction, y.direction));
  return { added, removed, unchanged, regrouped };
}

/** The minerals named on `target` that none of `others` covers (group-aware, sorted). */
export function onlyOn(target: Entries, others: readonly Entries[], groups: GroupIndex): string[] {
  return [...target.keys()].filter((m) => others.every((o) => !covers(o, m, groups))).sort(compareText);
}

/** The most editions compareLists takes at once. */
export const MAX_COMPARED_EDITIONS = 10;

/**
 * A list series is an edition id without its year: `USA` (USA-2018, USA-2022,
 * USA-2025), `USA-DOE`, `EUU`, `EUU-SRM`, `AUS-SML`. One issuer may keep several
 * lists (a critical and a strategic one, or an agency's own), and the ids tell
 * them apart where the issuer and kind alone would not (USA-2025 and USA-DOE-2023
 * are both US critical lists).
 */
export function listSeries(editionId: string): string {
  return editionId.replace(/-\d{4}$/, '');
}

export interface EditionFacts {
  readonly id: string;
  /** Null for an undated edition (no source prints its year): it is the latest of its series only when the series has no dated one. */
  readonly year?: number | null;
  readonly published?: string | null;
}

/** The latest edition of each list series (by year, then publication date, then id), ordered by id. */
export function latestEditions<E extends EditionFacts>(editions: readonly E[]): E[] {
  const best = new Map<string, E>();
  const later = (a: E, b: E) =>
    (a.year ?? -Infinity) !== (b.year ?? -Infinity) ? (a.year ?? -Infinity) > (b.year ?? -Infinity)
    : (a.published ?? '') !== (b.published ?? '') ? (a.published ?? '') > (b.published ?? '')
    : a.id > b.id;
  for (const e of editions) {
    const s = listSeries(e.id);
    const cur = best.get(s);
    if (!cur || later(e, cur)) best.set(s, e);
  }
  return [...best.values()].sort((a, b) => compareText(a.id, b.id));
}
