import { Field, ID, InterfaceType } from 'type-graphql';

/** Relay's Node: any entity, by an id unique across all types, with what a graph view draws. */
@InterfaceType({
  description: 'An entity of the graph. Its id is unique across all types.',
  // Resolved by class: objects are built from stored nodes by toGraphQL (node-types.ts).
  resolveType: (value: object) => (value.constructor as { name?: string }).name,
})
export abstract class Node {
  @Field(() => ID)
  id!: string;

  /** The type's name (Mineral, Country, ...), so a client can colour and group nodes without a fragment per type. */
  @Field(() => String, { description: 'The type of the entity (`Mineral`, `Country`, `ListEdition`, ...), the same as `__typename`.' })
  get label(): string {
    return this.constructor.name;
  }

  @Field(() => String, { description: 'A name to draw the entity by: its English name, else its title, else its acronym, else its id.' })
  get displayName(): string {
    const self = this as unknown as { name?: string | null; title?: string | null; acronym?: string | null };
    return self.name || self.title || self.acronym || this.id;
  }

  @Field(() => String, { nullable: true, description: 'Its Chinese name or title where the sources give one.' })
  get displayNameZh(): string | null {
    const self = this as unknown as { nameZh?: string | null; titleZh?: string | null };
    return self.nameZh || self.titleZh || null;
  }
}
