import { Field, ID, InterfaceType } from 'type-graphql';

/** Relay's Node: any entity, by an id unique across all types. */
@InterfaceType({
  description: 'An entity of the graph. Its id is unique across all types.',
  // Resolved by class: objects are built from stored nodes by toGraphQL (node-types.ts).
  resolveType: (value: object) => (value.constructor as { name?: string }).name,
})
export abstract class Node {
  @Field(() => ID)
  id!: string;
}
