import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import type { Entries, GroupIndex } from '../../domain/lists.js';
import { ListEdition } from './list-edition.type.js';
import { Mineral } from './mineral.type.js';
import { Node } from './node.type.js';

@ObjectType({ description: 'One search result. Scores: 1.0 exact id/acronym/name/alias, 0.8 prefix of one, 0.6 a word in one begins with the text, 0.4 contains it; ties by type, then id.' })
export class SearchHit {
  @Field(() => Node) node!: Node;
  @Field(() => Float, { description: '1.0 exact, 0.8 prefix, 0.6 word prefix, 0.4 contains.' }) score!: number;
  @Field(() => String, { nullable: true, description: 'The id, name, acronym or alias that matched, as stored.' }) matched?: string | null;
}

export enum RegroupDirection {
  SPLIT = 'SPLIT',
  MERGED = 'MERGED',
}
registerEnumType(RegroupDirection, {
  name: 'RegroupDirection',
  description: 'SPLIT: the later list names members where the earlier named their group; MERGED: the reverse.',
});

@ObjectType({ description: 'A group named on one list whose members the other list names one by one (or the reverse).' })
export class Regrouping {
  @Field(() => Mineral) group!: Mineral;
  @Field(() => [Mineral], { description: 'The members named one by one on the list that does not name them through the group.' }) members!: Mineral[];
  @Field(() => RegroupDirection) direction!: RegroupDirection;
}

@ObjectType({
  description:
    'What changed from one list edition to another, group-aware: a group on one list and its members on the other are `regrouped`, ' +
    'never counted as added and removed. Every mineral named on exactly one of the two lists is in `added`, `removed` or `regrouped`.',
})
export class ListDiff {
  @Field(() => ListEdition) from!: ListEdition;
  @Field(() => ListEdition) to!: ListEdition;
  @Field(() => [Mineral], { description: 'On `to` and not covered by `from` (neither named, nor through a group, nor through members).' }) added!: Mineral[];
  @Field(() => [Mineral], { description: 'On `from` and not covered by `to`.' }) removed!: Mineral[];
  @Field(() => [Mineral], { description: 'Named on both.' }) unchanged!: Mineral[];
  @Field(() => [Regrouping], { description: 'Groups split into members or members merged into a group.' }) regrouped!: Regrouping[];
}

export enum ListStatus {
  LISTED = 'LISTED',
  VIA_GROUP = 'VIA_GROUP',
  MEMBERS_LISTED = 'MEMBERS_LISTED',
  NOT_LISTED = 'NOT_LISTED',
}
registerEnumType(ListStatus, {
  name: 'ListStatus',
  description: 'How a list covers a mineral, strongest first.',
  valuesConfig: {
    LISTED: { description: 'The list names the mineral itself.' },
    VIA_GROUP: {
      description: 'The list names a group the mineral belongs to (e.g. rare earth elements), or, for a group, a group that holds every one of its members (HREE through rare earth elements).',
    },
    MEMBERS_LISTED: { description: 'The mineral is a group and the list names some or all of its members (or groups holding them) instead.' },
    NOT_LISTED: { description: 'The list does not cover it.' },
  },
});

@ObjectType({ description: 'Where a mineral stands on one list edition.' })
export class ListPosition {
  @Field(() => ListEdition) edition!: ListEdition;
  @Field(() => ListStatus) status!: ListStatus;
  @Field(() => String, {
    nullable: true,
    description: 'The entry that covers the mineral, as printed: its own (LISTED) or its group’s (VIA_GROUP); null otherwise.',
  })
  asPublished?: string | null;
  @Field(() => [Mineral], {
    description:
      'VIA_GROUP: the listed groups it belongs to (for a group: the listed groups holding all its members); MEMBERS_LISTED: its listed members ' +
      'and the listed groups that hold some of them; otherwise empty.',
  })
  via!: Mineral[];
}

@ObjectType({ description: 'One mineral across the compared editions.' })
export class ListComparisonRow {
  @Field(() => Mineral) mineral!: Mineral;
  @Field(() => [Boolean], {
    description:
      'In `editions` order: whether the edition covers the mineral whole: names it, names a group it belongs to, or (for a group) covers every ' +
      'one of its members, by name or through listed groups (EUU-2023’s HREE and LREE hold every rare earth element).',
  })
  on!: boolean[];
  @Field(() => [String], {
    nullable: 'items',
    description: 'In `editions` order: the entry that covers the mineral as printed (its own or its group’s), null where none.',
  })
  via!: (string | null)[];
  @Field(() => [ListPosition], { description: 'In `editions` order: the full position on each.' }) positions!: ListPosition[];
}

@ObjectType({
  description:
    'Which mineral is on which list, side by side. Rows: every mineral named on at least one of the editions, by id. ' +
    '`onlyIn(edition:)` gives the minerals on one edition that no other compared edition covers.',
})
export class ListComparison {
  @Field(() => [ListEdition]) editions!: ListEdition[];
  @Field(() => [ListComparisonRow]) rows!: ListComparisonRow[];
  /** Per edition id, its entries; and the group structure (for onlyIn). */
  entries!: Map<string, Entries>;
  groups!: GroupIndex;
  minerals!: Map<string, Mineral>;
}
