import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from './node.type.js';

@ObjectType({ implements: Node, description: 'A country or economy (the EU is EUU); id is ISO 3166-1 alpha-3.' })
export class Country extends Node {
  @Field(() => ID) declare id: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) nameZh?: string | null;
  @Field(() => String, { nullable: true, description: '`country`, `union` or `territory`.' }) kind?: string | null;
  @Field(() => [String]) aliases!: string[];
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => String, { nullable: true }) citation?: string | null;
  sources!: string[];
}
