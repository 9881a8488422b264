import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { toRelationship } from '../types/node-types.js';
import { parseRelationshipId } from '../types/relationship-id.js';
import { Relationship } from '../types/relationship.type.js';

/** Relay's `node(id:)` for relationships: any relationship object's `id` reads back here. */
@Resolver()
export class RelationshipQueryResolver {
  @Query(() => Relationship, {
    nullable: true,
    description:
      'Any relationship by the `id` of a `Relationship`, `Listing`, `Membership`, `ImportReliance`, `ImportSource`, ' +
      '`ProductionShare` or `Indicator`; null when unknown or not a relationship id.',
  })
  async relationship(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Relationship | null> {
    const key = parseRelationshipId(id);
    if (!key) return null;
    const hit = await ctx.loaders.relationship(key);
    return hit ? toRelationship(hit.rel, hit.fromId, hit.toId) : null;
  }
}
