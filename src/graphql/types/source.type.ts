import { Field, ID, ObjectType } from 'type-graphql';
import { PartialDateScalar } from '../scalars.js';
import { Node } from './node.type.js';

@ObjectType({ implements: Node, description: 'Where facts come from: a seed document, a data release, a compiled file, a publication.' })
export class Source extends Node {
  @Field(() => ID) declare id: string;
  @Field(() => String) kind!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) titleZh?: string | null;
  @Field(() => String, { nullable: true }) publisher?: string | null;
  @Field(() => PartialDateScalar, { nullable: true }) date?: string | null;
  @Field(() => String, { nullable: true }) url?: string | null;
  @Field(() => String, { nullable: true }) doi?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}
