import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { STATEMENTS } from '../../store/statements.js';
import { fromNode } from '../types/entity.js';
import { ListEdition } from '../types/list-edition.type.js';
import { idSet, type ConnectionSpec, type RelationFilter } from './engine.js';
import { DateFilter, IntFilter, OrderDirection, StringFilter } from './scalar.input.js';

@InputType({ description: 'Conditions on list editions; all given must hold. AND/OR/NOT nest at most 5 levels.' })
export class ListEditionWhere {
  @Field(() => StringFilter, { nullable: true }) id?: StringFilter | null;
  @Field(() => StringFilter, { nullable: true, description: 'The issuing economy’s id (ISO3), e.g. `{ in: ["USA", "EUU"] }`.' }) issuer?: StringFilter | null;
  @Field(() => IntFilter, { nullable: true }) year?: IntFilter | null;
  @Field(() => DateFilter, { nullable: true }) published?: DateFilter | null;
  @Field(() => IntFilter, { nullable: true, description: 'The number of entries the issuer declares.' }) size?: IntFilter | null;
  @Field(() => StringFilter, { nullable: true }) title?: StringFilter | null;
  @Field(() => StringFilter, { nullable: true, description: '`critical` or `strategic`.' }) kind?: StringFilter | null;
  @Field(() => ID, { nullable: true, description: 'Editions that name this mineral directly (a group it belongs to does not count).' }) contains?: string | null;
  @Field(() => [ListEditionWhere], { nullable: true, description: 'All of these hold.' }) AND?: ListEditionWhere[] | null;
  @Field(() => [ListEditionWhere], { nullable: true, description: 'At least one of these holds (an empty list: none).' }) OR?: ListEditionWhere[] | null;
  @Field(() => [ListEditionWhere], { nullable: true, description: 'None of these holds.' }) NOT?: ListEditionWhere[] | null;
}

export enum ListEditionOrderField {
  ID = 'ID',
  YEAR = 'YEAR',
  PUBLISHED = 'PUBLISHED',
  SIZE = 'SIZE',
}
registerEnumType(ListEditionOrderField, { name: 'ListEditionOrderField' });

@InputType({ description: 'How to order list editions.' })
export class ListEditionOrder {
  @Field(() => ListEditionOrderField) field!: ListEditionOrderField;
  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC }) direction!: OrderDirection;
}

const contains: RelationFilter<string> = {
  ids: (ctx, mineral) => idSet(ctx, STATEMENTS.filterEditionContains, { mineral }),
};

export const LIST_EDITION_CONNECTION: ConnectionSpec<ListEdition> = {
  type: 'ListEdition',
  all: STATEMENTS.allListEditions,
  allIds: STATEMENTS.listEditionIds,
  byIds: STATEMENTS.listEditionsByIds,
  make: (n) => fromNode(ListEdition, n),
  id: (e) => e.id,
  scalars: {
    id: { kind: 'string', get: (e) => e.id },
    issuer: { kind: 'string', get: (e) => e.issuer },
    year: { kind: 'int', get: (e) => e.year },
    published: { kind: 'date', get: (e) => e.published },
    size: { kind: 'int', get: (e) => e.size },
    title: { kind: 'string', get: (e) => e.title },
    kind: { kind: 'string', get: (e) => e.kind },
  },
  relations: { contains },
  plainFields: ['year', 'published', 'title', 'titleZh', 'kind', 'size', 'note', 'citation'],
  orderKeys: {
    [ListEditionOrderField.ID]: (e) => e.id,
    [ListEditionOrderField.YEAR]: (e) => e.year ?? null,
    [ListEditionOrderField.PUBLISHED]: (e) => e.published ?? null,
    [ListEditionOrderField.SIZE]: (e) => e.size ?? null,
  },
};
