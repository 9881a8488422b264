import type { ClassType } from 'type-graphql';
import type { GraphNode } from '../../store/values.js';
import { Country } from './country.type.js';
import { fromNode } from './entity.js';
import { ListEdition } from './list-edition.type.js';
import { Mineral } from './mineral.type.js';
import type { Node } from './node.type.js';
import { Source } from './source.type.js';

/** The GraphQL object type for each stored label that the schema exposes. */
export const NODE_CLASSES: Record<string, ClassType<Node>> = {
  Mineral,
  Country,
  ListEdition,
  Source,
};

/** A stored node as its GraphQL object, or null for a label the schema does not expose. */
export function toGraphQL(node: GraphNode | null | undefined): Node | null {
  if (!node) return null;
  const cls = NODE_CLASSES[node.label];
  return cls ? fromNode(cls, node) : null;
}

/** The `__typename` of an object built by toGraphQL. */
export function resolveNodeType(value: Node): string | undefined {
  for (const [name, cls] of Object.entries(NODE_CLASSES)) if (value instanceof cls) return name;
  return undefined;
}
