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

/**
 * A fact that data releases revise (reliance, production, reserves): each release's reading
 * is a relationship of its own, with its release; the newest is the default answer.
 */
@ObjectType()
export abstract class RevisedFact extends StoredFact {
  @Field(() => String, {
    nullable: true,
    description: 'The data release whose reading this is (`usgs-mcs-2024`, `usgs-mcs-2025`); each release’s reading is a fact of its own.',
  })
  release?: string | null;

  @Field(() => Boolean, { description: 'Whether this is the newest release’s reading (the default answer); false for one a later release revised or repeated.' })
  get isLatest(): boolean {
    return this.latest !== false;
  }

  /** As stored: false on a reading a later release superseded. */
  latest?: boolean | null;
}
