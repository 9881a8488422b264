import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import type { RelType } from '../../domain/model.js';
import { relationshipId } from './relationship-id.js';

@ObjectType({ description: 'A relationship between two entities, the shape a graph view draws: its type, its ends and its properties.' })
export class Relationship {
  @Field(() => ID, { description: 'Stable across every place this relationship appears (the same as a `Listing`’s or `Membership`’s id for the same fact); `relationship(id:)` reads it.' })
  get id(): string {
    return relationshipId(this.type as RelType, this.fromId, this.toId, this.key);
  }
  @Field(() => String, { description: 'e.g. LISTS, MEMBER_OF, RELIES_ON, MANDATES.' }) type!: string;
  @Field(() => GraphQLJSONObject, { description: 'The fact’s properties (year, role, text, ...), without its sources.' }) properties!: Record<string, unknown>;
  @Field(() => String, { nullable: true }) note?: string | null;
  fromId!: string;
  toId!: string;
  sources!: string[];
  /** The stored relationship's key (see src/domain/model.ts). */
  key?: string | null;
}
