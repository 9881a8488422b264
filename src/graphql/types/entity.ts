import { NODE_LABELS, REL_TYPES, isNodeLabel, isRelType } from '../../domain/model.js';
import type { GraphNode, GraphRel } from '../../store/values.js';

/** Each model's list properties, found once (a neighbourhood builds thousands of relationships). */
const LIST_KEYS = new WeakMap<Record<string, string>, readonly string[]>();
function listKeys(model: Record<string, string>): readonly string[] {
  let keys = LIST_KEYS.get(model);
  if (!keys) LIST_KEYS.set(model, (keys = Object.entries(model).filter(([, t]) => t === 'STRING[]').map(([k]) => k)));
  return keys;
}

/** Lists the store left null (Kùzu stores [] as null) read as empty lists. */
function withLists(props: Record<string, unknown>, model: Record<string, string> | undefined): Record<string, unknown> {
  if (!model) return props;
  const missing = listKeys(model).filter((k) => props[k] === null || props[k] === undefined);
  if (missing.length === 0) return props;
  const out = { ...props };
  for (const k of missing) out[k] = [];
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
