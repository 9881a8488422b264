import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { STATEMENTS } from '../../store/statements.js';
import { fromNode } from '../types/entity.js';
import { Policy } from '../types/policy.type.js';
import { idSet, type ConnectionSpec, type RelationFilter } from './engine.js';
import { DateFilter, OrderDirection, StringFilter } from './scalar.input.js';

@InputType({ description: 'Conditions on policies; all given must hold. AND/OR/NOT nest at most 5 levels.' })
export class PolicyWhere {
  @Field(() => StringFilter, { nullable: true }) id?: StringFilter | null;
  @Field(() => StringFilter, { nullable: true, description: '`executive-order`, `law`, `strategy`, `report`, `agreement`, `statement`, ...' }) kind?: StringFilter | null;
  @Field(() => StringFilter, { nullable: true, description: 'US policies: `Obama`, `Trump-1`, `Biden`, `Trump-2`.' }) administration?: StringFilter | null;
  @Field(() => StringFilter, { nullable: true, description: 'The issuing economy’s id (ISO3).' }) issuer?: StringFilter | null;
  @Field(() => DateFilter, { nullable: true }) date?: DateFilter | null;
  @Field(() => StringFilter, { nullable: true }) title?: StringFilter | null;
  @Field(() => StringFilter, { nullable: true }) number?: StringFilter | null;
  @Field(() => ID, { nullable: true, description: 'Policies that name this mineral (NAMES links).' }) names?: string | null;
  @Field(() => [PolicyWhere], { nullable: true, description: 'All of these hold.' }) AND?: PolicyWhere[] | null;
  @Field(() => [PolicyWhere], { nullable: true, description: 'At least one of these holds (an empty list: none).' }) OR?: PolicyWhere[] | null;
  @Field(() => [PolicyWhere], { nullable: true, description: 'None of these holds.' }) NOT?: PolicyWhere[] | null;
}

export enum PolicyOrderField {
  ID = 'ID',
  DATE = 'DATE',
  TITLE = 'TITLE',
  KIND = 'KIND',
}
registerEnumType(PolicyOrderField, { name: 'PolicyOrderField' });

@InputType({ description: 'How to order policies; by DATE a coarser date sorts before finer ones in the same period (`2023` before `2023-06`).' })
export class PolicyOrder {
  @Field(() => PolicyOrderField) field!: PolicyOrderField;
  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC }) direction!: OrderDirection;
}

const names: RelationFilter<string> = {
  ids: (ctx, mineral) => idSet(ctx, STATEMENTS.filterPolicyNames, { mineral }),
};

export const POLICY_CONNECTION: ConnectionSpec<Policy> = {
  type: 'Policy',
  all: STATEMENTS.allPolicies,
  allIds: STATEMENTS.policyIds,
  byIds: STATEMENTS.policiesByIds,
  make: (n) => fromNode(Policy, n),
  id: (p) => p.id,
  scalars: {
    id: { kind: 'string', get: (p) => p.id },
    kind: { kind: 'string', get: (p) => p.kind },
    administration: { kind: 'string', get: (p) => p.administration },
    issuer: { kind: 'string', get: (p) => p.issuer },
    date: { kind: 'date', get: (p) => p.date },
    title: { kind: 'string', get: (p) => p.title },
    number: { kind: 'string', get: (p) => p.number },
  },
  relations: { names },
  plainFields: ['kind', 'number', 'title', 'titleZh', 'date', 'administration', 'aliases', 'note', 'citation'],
  orderKeys: {
    [PolicyOrderField.ID]: (p) => p.id,
    [PolicyOrderField.DATE]: (p) => p.date ?? null,
    [PolicyOrderField.TITLE]: (p) => p.title ?? null,
    [PolicyOrderField.KIND]: (p) => p.kind ?? null,
  },
};
