import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from './node.type.js';

@ObjectType({ implements: Node, description: 'A mineral or a mineral group (rare earth elements, platinum group metals); id in kebab-case English.' })
export class Mineral extends Node {
  @Field(() => ID) declare id: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: 'Chinese name, where a source prints one.' }) nameZh?: string | null;
  @Field(() => String, { nullable: true, description: 'Chemical symbol, for elements.' }) symbol?: string | null;
  /** Stored only where true; the field resolver reads absence as false. */
  isGroup?: boolean | null;
  @Field(() => [String], { description: 'Names as published, e.g. `GRAPHITE (NATURAL)`.' }) aliases!: string[];
  @Field(() => String, { nullable: true, description: 'Where sources disagree: the other reading, naming its source.' }) note?: string | null;
  @Field(() => String, { nullable: true, description: 'Where in the sources the fact stands.' }) citation?: string | null;
  sources!: string[];
}
