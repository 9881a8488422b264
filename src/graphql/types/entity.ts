import { NODE_LABELS, REL_TYPES, isNodeLabel, isRelType } from '../../domain/model.js';
import type { GraphNode, GraphRel } from '../../store/values.js';

/** Each model's list properties, found once (a neighbourhood builds thousands of relationships). */
const LIST_KEYS = new WeakMap<Record<string, string>, readonly string[]>();
function listKeys(model: Record<string, string>): readonly string[] {
  let keys = LIST_KEYS.get(model);
  if (!keys) LIST_KEYS.set(model, (keys = Object.entries(model).filter(([, t]) => t === 'STRING[]').map(([k]) => k)));
  return keys;
}

/** Lists the store left null (Kùzu stores [] as null) read as empty lists, on the object built. */
function fillLists<C extends object>(obj: C, model: Record<string, string> | undefined): C {
  if (!model) return obj;
  const o = obj as Record<string, unknown>;
  for (const k of listKeys(model)) if (o[k] === null || o[k] === undefined) o[k] = [];
  return obj;
}

/** Builds a GraphQL object of class C from a stored node's properties. */
export function fromNode<C extends object>(cls: new () => C, node: GraphNode): C {
  return fillLists(Object.assign(new cls(), node.props), isNodeLabel(node.label) ? NODE_LABELS[node.label] : undefined);
}

/** A relationship's properties, plus the ids of both ends, on a new object of class C. */
export function fromRel<C extends object>(cls: new () => C, rel: GraphRel, ends: Record<string, string>): C {
  return fillLists(Object.assign(new cls(), rel.props, ends), isRelType(rel.type) ? REL_TYPES[rel.type].props : undefined);
}
