import { StoredFact } from './stored-fact.type.js';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PartialDateScalar } from '../scalars.js';
import { Node } from './node.type.js';

@ObjectType({ implements: Node, description: 'One edition of an economy’s critical-mineral list, e.g. USA-2022.' })
export class ListEdition extends Node {
  @Field(() => ID) declare id: string;
  @Field(() => Int, { nullable: true, description: 'The year the edition is of; null where no source prints one (an undated edition: the timeline and year filters leave it out).' }) year?: number | null;
  @Field(() => PartialDateScalar, { nullable: true, description: 'Publication date at the precision the source gives.' }) published?: string | null;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) titleZh?: string | null;
  @Field(() => String, { nullable: true, description: '`critical`, `strategic`, ...' }) kind?: string | null;
  @Field(() => Int, { nullable: true, description: 'The number of entries the issuer declares.' }) size?: number | null;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => String, { nullable: true }) citation?: string | null;
  issuer!: string;
  agency?: string | null;
  sources!: string[];
}

@ObjectType({ description: 'A mineral on a list edition, as the list prints it.' })
export class Listing extends StoredFact {
  protected ends() {
    return ['LISTS', this.edition, this.mineral] as const;
  }
  @Field(() => String, { nullable: true, description: 'The name as the list prints it.' }) asPublished?: string | null;
  @Field(() => String, { nullable: true }) category?: string | null;
  @Field(() => String, {
    nullable: true,
    description: '`verified` (read in a source), `derived` (the compiled source reconstructs the entry from other readings, e.g. carried over from an earlier edition); null where the source does not say.',
  })
  verification?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => String, { nullable: true }) citation?: string | null;
  edition!: string;
  mineral!: string;
  sources!: string[];
}
