import { Field, ID, ObjectType } from 'type-graphql';
import type { RelType } from '../../domain/model.js';
import { relationshipId } from './relationship-id.js';

/**
 * What every relationship object shares: an `id` made from the stored relationship's type,
 * its ends' ids in stored direction and its `key` (relationship-id.ts), so the same fact has
 * the same id as a `Listing`, a `Membership` or a `Relationship` in a neighbourhood. Each
 * subclass says which of its properties hold the ends. Its field reaches the schema through
 * each @ObjectType that extends it (TypeGraphQL's inheritance); the base itself is in no
 * answer, so the schema has no type of its name.
 */
@ObjectType()
export abstract class StoredFact {
  /** The relationship's type and the ids of its two ends, in stored direction. */
  protected abstract ends(): readonly [RelType, string, string];

  @Field(() => ID, {
    description:
      'Stable across every place this relationship appears (a `Listing` and the `LISTS` relationship of the same fact share it); `relationship(id:)` reads it.',
  })
  get id(): string {
    const [type, from, to] = this.ends();
    return relationshipId(type, from, to, this.key);
  }

  /** The stored relationship's key (see src/domain/model.ts). */
  key?: string | null;
}
