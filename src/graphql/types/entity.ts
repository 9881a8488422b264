import { NODE_LABELS, REL_TYPES, isNodeLabel, isRelType } from '../../domain/model.js';
import type { GraphNode, GraphRel } from '../../store/values.js';

/** Lists the store left null (Kùzu stores [] as null) read as empty lists. */
function withLists(props: Record<string, unknown>, model: Record<string, string> | undefined): Record<string, unknown> {
  if (!model) return props;
  const out = { ...props };
  for (const [k, t] of Object.entries(model)) if (t === 'STRING[]' && (out[k] === null || out[k] === undefined)) out[k] = [];
  return out;
}

/** Builds a GraphQL object of class C from a stored node's properties. */
export function fromNode<C extends object>(cls: new () => C, node: GraphNode): C {
  return Object.assign(new cls(), withLists(node.props, isNodeLabel(node.label) ? NODE_LABELS[node.label] : undefined));
}

/** A relationship's properties, plus the ids of both ends, on a new object of class C. */
export function fromRel<C extends object>(cls: new () => C, rel: GraphRel, ends: Record<string, string>): C {
  return Object.assign(new cls(), withLists(rel.props, isRelType(rel.type) ? REL_TYPES[rel.type].props : undefined), ends);
}
