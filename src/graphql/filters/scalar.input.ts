import { Field, Float, InputType, Int, registerEnumType } from 'type-graphql';
import { PartialDateScalar } from '../scalars.js';

/** The operators of a text field: `equals`/`in` exact, `contains`/`startsWith` case-insensitive. */
@InputType({ description: 'Text operators, all given must hold: `equals` and `in` compare exactly; `contains` and `startsWith` ignore case.' })
export class StringFilter {
  @Field(() => String, { nullable: true }) equals?: string | null;
  @Field(() => [String], { nullable: true, description: 'One of these values (a non-empty list).' }) in?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Contains this text, ignoring case.' }) contains?: string | null;
  @Field(() => String, { nullable: true, description: 'Starts with this text, ignoring case.' }) startsWith?: string | null;
}

@InputType({ description: 'Whole-number operators, all given must hold.' })
export class IntFilter {
  @Field(() => Int, { nullable: true }) equals?: number | null;
  @Field(() => [Int], { nullable: true, description: 'One of these values (a non-empty list).' }) in?: number[] | null;
  @Field(() => Int, { nullable: true }) gt?: number | null;
  @Field(() => Int, { nullable: true }) gte?: number | null;
  @Field(() => Int, { nullable: true }) lt?: number | null;
  @Field(() => Int, { nullable: true }) lte?: number | null;
}

@InputType({ description: 'Number operators, all given must hold.' })
export class FloatFilter {
  @Field(() => Float, { nullable: true }) equals?: number | null;
  @Field(() => [Float], { nullable: true, description: 'One of these values (a non-empty list).' }) in?: number[] | null;
  @Field(() => Float, { nullable: true }) gt?: number | null;
  @Field(() => Float, { nullable: true }) gte?: number | null;
  @Field(() => Float, { nullable: true }) lt?: number | null;
  @Field(() => Float, { nullable: true }) lte?: number | null;
}

@InputType({
  description:
    'Partial-date operators, all given must hold. Two dates compare at the precision both have: `2023` equals ' +
    '`2023-06-14` (so `gte: "2023"` and `lte: "2023"` keep it, `gt: "2023"` and `lt: "2023"` do not), and a policy ' +
    'dated only `2023-06` is neither before nor after `2023-06-14`. An unknown date matches no operator.',
})
export class DateFilter {
  @Field(() => PartialDateScalar, { nullable: true }) equals?: string | null;
  @Field(() => PartialDateScalar, { nullable: true }) gt?: string | null;
  @Field(() => PartialDateScalar, { nullable: true }) gte?: string | null;
  @Field(() => PartialDateScalar, { nullable: true }) lt?: string | null;
  @Field(() => PartialDateScalar, { nullable: true }) lte?: string | null;
}

@InputType({ description: 'Boolean operator.' })
export class BooleanFilter {
  @Field(() => Boolean, { nullable: true }) equals?: boolean | null;
}

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, { name: 'OrderDirection', description: 'Ascending or descending; unknown values sort last either way, ties by id.' });
