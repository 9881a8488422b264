import { StoredFact } from './stored-fact.type.js';
import { Field, ID, ObjectType } from 'type-graphql';
import { PartialDateScalar } from '../scalars.js';
import { Node } from './node.type.js';

@ObjectType({ implements: Node, description: 'An alliance, partnership, initiative or forum (msp, ergi, ipef, g7, ...).' })
export class Alliance extends Node {
  @Field(() => ID) declare id: string;
  @Field(() => String) acronym!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) nameZh?: string | null;
  @Field(() => String, { nullable: true }) kind?: string | null;
  @Field(() => PartialDateScalar, { nullable: true }) founded?: string | null;
  @Field(() => [String], { description: 'Other names and nicknames as published (MSP: 金属北约).' }) aliases!: string[];
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => String, { nullable: true }) citation?: string | null;
  sources!: string[];
}

@ObjectType({ description: 'A country’s membership of an alliance, with its dates and role.' })
export class Membership extends StoredFact {
  protected ends() {
    return ['MEMBER_OF', this.countryId, this.allianceId] as const;
  }
  @Field(() => PartialDateScalar, { nullable: true, description: 'When it joined, at the precision the source gives.' }) since?: string | null;
  @Field(() => PartialDateScalar, { nullable: true }) until?: string | null;
  @Field(() => String, { nullable: true, description: '`founding`, `member`, `partner`, ...' }) role?: string | null;
  @Field(() => String, { nullable: true, description: '`verified`, `partial` (date not found) or `unverified`.' }) verification?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => String, { nullable: true }) citation?: string | null;
  countryId!: string;
  allianceId!: string;
  sources!: string[];
}
