import { Field, ID, ObjectType } from 'type-graphql';
import { PartialDateScalar } from '../scalars.js';
import { Node } from './node.type.js';

@ObjectType({ implements: Node, description: 'An executive order, law, strategy, report, agreement or statement (eo-13817, usa-energy-act-2020, ...).' })
export class Policy extends Node {
  @Field(() => ID) declare id: string;
  @Field(() => String, { description: '`executive-order`, `law`, `strategy`, `report`, `agreement`, `statement`, ...' }) kind!: string;
  @Field(() => String, { nullable: true, description: 'The official number, e.g. 13817 for an executive order.' }) number?: string | null;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) titleZh?: string | null;
  @Field(() => PartialDateScalar, { nullable: true }) date?: string | null;
  @Field(() => String, { nullable: true, description: 'For US policies: `Obama`, `Trump-1`, `Biden`, `Trump-2`.' }) administration?: string | null;
  @Field(() => [String]) aliases!: string[];
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => String, { nullable: true }) citation?: string | null;
  issuer?: string | null;
  agency?: string | null;
  sources!: string[];
}
