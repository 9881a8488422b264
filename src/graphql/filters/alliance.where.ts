import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { STATEMENTS } from '../../store/statements.js';
import { Alliance } from '../types/alliance.type.js';
import { fromNode } from '../types/entity.js';
import { idSet, type ConnectionSpec, type RelationFilter } from './engine.js';
import { DateFilter, OrderDirection, StringFilter } from './scalar.input.js';

@InputType({ description: 'Conditions on alliances; all given must hold. AND/OR/NOT nest at most 5 levels.' })
export class AllianceWhere {
  @Field(() => StringFilter, { nullable: true }) id?: StringFilter | null;
  @Field(() => StringFilter, { nullable: true }) acronym?: StringFilter | null;
  @Field(() => StringFilter, { nullable: true }) name?: StringFilter | null;
  @Field(() => StringFilter, { nullable: true }) kind?: StringFilter | null;
  @Field(() => DateFilter, { nullable: true }) founded?: DateFilter | null;
  @Field(() => ID, { nullable: true, description: 'Alliances this economy is or was a member of.' }) hasMember?: string | null;
  @Field(() => [AllianceWhere], { nullable: true, description: 'All of these hold.' }) AND?: AllianceWhere[] | null;
  @Field(() => [AllianceWhere], { nullable: true, description: 'At least one of these holds (an empty list: none).' }) OR?: AllianceWhere[] | null;
  @Field(() => [AllianceWhere], { nullable: true, description: 'None of these holds.' }) NOT?: AllianceWhere[] | null;
}

export enum AllianceOrderField {
  ID = 'ID',
  ACRONYM = 'ACRONYM',
  FOUNDED = 'FOUNDED',
}
registerEnumType(AllianceOrderField, { name: 'AllianceOrderField' });

@InputType({ description: 'How to order alliances.' })
export class AllianceOrder {
  @Field(() => AllianceOrderField) field!: AllianceOrderField;
  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC }) direction!: OrderDirection;
}

const hasMember: RelationFilter<string> = {
  ids: (ctx, country) => idSet(ctx, STATEMENTS.filterAllianceHasMember, { country }),
};

export const ALLIANCE_CONNECTION: ConnectionSpec<Alliance> = {
  type: 'Alliance',
  all: STATEMENTS.allAlliances,
  allIds: STATEMENTS.allianceIds,
  byIds: STATEMENTS.alliancesByIds,
  make: (n) => fromNode(Alliance, n),
  id: (a) => a.id,
  scalars: {
    id: { kind: 'string', get: (a) => a.id },
    acronym: { kind: 'string', get: (a) => a.acronym },
    name: { kind: 'string', get: (a) => a.name },
    kind: { kind: 'string', get: (a) => a.kind },
    founded: { kind: 'date', get: (a) => a.founded },
  },
  relations: { hasMember },
  plainFields: ['acronym', 'name', 'nameZh', 'kind', 'founded', 'aliases', 'note', 'citation'],
  orderKeys: {
    [AllianceOrderField.ID]: (a) => a.id,
    [AllianceOrderField.ACRONYM]: (a) => a.acronym ?? null,
    [AllianceOrderField.FOUNDED]: (a) => a.founded ?? null,
  },
};
