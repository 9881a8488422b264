import type { ClassType } from 'type-graphql';
import type { GraphNode, GraphRel } from '../../store/values.js';
import { Agency, Company, Investment } from './organisation.type.js';
import { Alliance } from './alliance.type.js';
import { Country } from './country.type.js';
import { fromNode } from './entity.js';
import { ListEdition } from './list-edition.type.js';
import { Mineral } from './mineral.type.js';
import type { Node } from './node.type.js';
import { Policy } from './policy.type.js';
import { Relationship } from './relationship.type.js';
import { Source } from './source.type.js';

/** The GraphQL object type for each stored label. */
export const NODE_CLASSES: Record<string, ClassType<Node>> = {
  Mineral,
  Country,
  ListEdition,
  Policy,
  Alliance,
  Agency,
  Company,
  Investment,
  Source,
};

/** A stored node as its GraphQL object, or null for a label the schema does not expose. */
export function toGraphQL(node: GraphNode | null | undefined): Node | null {
  if (!node) return null;
  const cls = NODE_CLASSES[node.label];
  return cls ? fromNode(cls, node) : null;
}

/** Not shown in `properties`: citations and notes have fields of their own; key, relianceLo, relianceHi, headline, inLatestYear and inLatestPeriod are for the database (computed at load). */
const HIDDEN_REL_PROPS = new Set(['sources', 'noteSources', 'note', 'key', 'relianceLo', 'relianceHi', 'headline', 'inLatestYear', 'inLatestPeriod']);

/** A stored relationship as a generic Relationship between two ids. */
export function toRelationship(rel: GraphRel, fromId: string, toId: string): Relationship {
  const r = new Relationship();
  r.type = rel.type;
  r.fromId = fromId;
  r.toId = toId;
  r.key = (rel.props.key as string | null) ?? null;
  r.sources = (rel.props.sources as string[] | null) ?? [];
  r.note = (rel.props.note as string | null) ?? null;
  r.properties = Object.fromEntries(Object.entries(rel.props).filter(([k, v]) => !HIDDEN_REL_PROPS.has(k) && v !== null));
  return r;
}
