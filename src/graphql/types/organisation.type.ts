import { Field, Float, ID, ObjectType } from 'type-graphql';
import { PartialDateScalar } from '../scalars.js';
import { Node } from './node.type.js';

@ObjectType({ implements: Node, description: 'A government agency or body (usa-usgs, usa-dod, ...).' })
export class Agency extends Node {
  @Field(() => ID) declare id: string;
  @Field(() => String, { nullable: true }) acronym?: string | null;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) nameZh?: string | null;
  @Field(() => [String]) aliases!: string[];
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => String, { nullable: true }) citation?: string | null;
  country?: string | null;
  parent?: string | null;
  sources!: string[];
}

@ObjectType({ implements: Node, description: 'A company named by the sources.' })
export class Company extends Node {
  @Field(() => ID) declare id: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) nameZh?: string | null;
  @Field(() => [String]) aliases!: string[];
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => String, { nullable: true }) citation?: string | null;
  country?: string | null;
  sources!: string[];
}

@ObjectType({ implements: Node, description: 'An award, contract or funding (e.g. a Defense Production Act award).' })
export class Investment extends Node {
  @Field(() => ID) declare id: string;
  @Field(() => String) title!: string;
  @Field(() => PartialDateScalar, { nullable: true }) date?: string | null;
  @Field(() => Float, { nullable: true, description: 'In `currency`.' }) amount?: number | null;
  @Field(() => String, { nullable: true }) currency?: string | null;
  @Field(() => String, { nullable: true, description: 'The amount exactly as published.' }) amountText?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => String, { nullable: true }) citation?: string | null;
  funder?: string | null;
  recipient?: string | null;
  program?: string | null;
  sources!: string[];
}
