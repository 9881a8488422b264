import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import type { RelType } from '../../domain/model.js';
import { StoredFact } from './stored-fact.type.js';

@ObjectType({ description: 'A relationship between two entities, the shape a graph view draws: its type, its ends and its properties.' })
export class Relationship extends StoredFact {
  protected ends() {
    return [this.type as RelType, this.fromId, this.toId] as const;
  }
  @Field(() => String, { description: 'e.g. LISTS, MEMBER_OF, RELIES_ON, MANDATES.' }) type!: string;
  @Field(() => GraphQLJSONObject, { description: 'The fact’s properties (year, role, text, ...), without its sources.' }) properties!: Record<string, unknown>;
  @Field(() => String, { nullable: true }) note?: string | null;
  fromId!: string;
  toId!: string;
  sources!: string[];
}
