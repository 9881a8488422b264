import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { memberAsOf } from '../../domain/dates.js';
import { STATEMENTS } from '../../store/statements.js';
import { PartialDateScalar } from '../scalars.js';
import { Country } from '../types/country.type.js';
import { fromNode } from '../types/entity.js';
import { checkSentinels, idSet, type ConnectionSpec, type RelationFilter } from './engine.js';
import { OrderDirection, StringFilter } from './scalar.input.js';

@InputType({
  description:
    'Members of `alliance`. Without `asOf`: every membership the graph holds, past or present. With `asOf`: those certainly ' +
    'members at the end of that date (as `Alliance.members(asOf:)`: a join dated only `2023` counts from the end of 2023), ' +
    'counting memberships marked `verified` or `partial`; `includeUnverified: true` also counts those marked `unverified`.',
})
export class MemberOfFilter {
  @Field(() => ID) alliance!: string;
  @Field(() => PartialDateScalar, { nullable: true }) asOf?: string | null;
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'With `asOf`: also count memberships no source read confirms (`verification: unverified`).' })
  includeUnverified?: boolean | null;
}

@InputType({ description: 'Economies that issued a critical-mineral list: `edition` that one, `contains` one that names this mineral directly; neither: any list.' })
export class IssuedListFilter {
  @Field(() => ID, { nullable: true }) edition?: string | null;
  @Field(() => ID, { nullable: true, description: 'A mineral the list names directly.' }) contains?: string | null;
}

@InputType({ description: 'Conditions on countries and economies; all given must hold. AND/OR/NOT nest at most 5 levels.' })
export class CountryWhere {
  @Field(() => StringFilter, { nullable: true }) id?: StringFilter | null;
  @Field(() => StringFilter, { nullable: true }) name?: StringFilter | null;
  @Field(() => StringFilter, { nullable: true }) nameZh?: StringFilter | null;
  @Field(() => StringFilter, { nullable: true, description: '`country`, `union` or `territory`.' }) kind?: StringFilter | null;
  @Field(() => MemberOfFilter, { nullable: true }) memberOf?: MemberOfFilter | null;
  @Field(() => IssuedListFilter, { nullable: true }) issuedList?: IssuedListFilter | null;
  @Field(() => [CountryWhere], { nullable: true, description: 'All of these hold.' }) AND?: CountryWhere[] | null;
  @Field(() => [CountryWhere], { nullable: true, description: 'At least one of these holds (an empty list: none).' }) OR?: CountryWhere[] | null;
  @Field(() => [CountryWhere], { nullable: true, description: 'None of these holds.' }) NOT?: CountryWhere[] | null;
}

export enum CountryOrderField {
  ID = 'ID',
  NAME = 'NAME',
}
registerEnumType(CountryOrderField, { name: 'CountryOrderField' });

@InputType({ description: 'How to order countries.' })
export class CountryOrder {
  @Field(() => CountryOrderField) field!: CountryOrderField;
  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC }) direction!: OrderDirection;
}

const memberOf: RelationFilter<MemberOfFilter> = {
  async ids(ctx, f) {
    const rows = await ctx.loaders.rows(STATEMENTS.filterCountryMemberOf, { alliance: f.alliance });
    const asOf = f.asOf;
    return new Set(
      rows
        .filter((r) => !asOf || memberAsOf({ since: r.since as string | null, until: r.until as string | null, verification: r.verification as string | null }, asOf, f.includeUnverified === true))
        .map((r) => String(r.id)),
    );
  },
};

const issuedList: RelationFilter<IssuedListFilter> = {
  validate: (f, path) => checkSentinels(path, { ...f }, { edition: 'a list edition id such as USA-2022', contains: 'a mineral id such as gallium' }),
  ids: (ctx, f) => idSet(ctx, STATEMENTS.filterCountryIssuedList, { edition: f.edition ?? '', mineral: f.contains ?? '' }),
};

export const COUNTRY_CONNECTION: ConnectionSpec<Country> = {
  type: 'Country',
  all: STATEMENTS.allCountries,
  allIds: STATEMENTS.countryIds,
  byIds: STATEMENTS.countriesByIds,
  make: (n) => fromNode(Country, n),
  id: (c) => c.id,
  scalars: {
    id: { kind: 'string', get: (c) => c.id },
    name: { kind: 'string', get: (c) => c.name },
    nameZh: { kind: 'string', get: (c) => c.nameZh },
    kind: { kind: 'string', get: (c) => c.kind },
  },
  relations: { memberOf, issuedList },
  plainFields: ['name', 'nameZh', 'kind', 'aliases', 'note', 'citation'],
  orderKeys: {
    [CountryOrderField.ID]: (c) => c.id,
    [CountryOrderField.NAME]: (c) => c.name ?? null,
  },
};
