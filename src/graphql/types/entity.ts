import { NODE_LABELS, REL_TYPES } from '../../domain/model.js';
import type { GraphNode, GraphRel } from '../../store/values.js';

const listProps = (model: Record<string, string>) => Object.entries(model).flatMap(([k, t]) => (t === 'STRING[]' ? [k] : []));
/** Each label's and type's list properties, found once at start-up (a neighbourhood builds thousands of objects). */
const NODE_LISTS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(NODE_LABELS).map(([l, m]) => [l, listProps(m)]));
const REL_LISTS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(REL_TYPES).map(([t, r]) => [t, listProps(r.props)]));

/** Lists the store left null (Kùzu stores [] as null) read as empty lists, on the object built. */
function fillLists<C extends object>(obj: C, keys: readonly string[] | undefined): C {
  const o = obj as Record<string, unknown>;
  for (const k of keys ?? []) if (o[k] === null || o[k] === undefined) o[k] = [];
  return obj;
}

/** Builds a GraphQL object of class C from a stored node's properties. */
export function fromNode<C extends object>(cls: new () => C, node: GraphNode): C {
  return fillLists(Object.assign(new cls(), node.props), NODE_LISTS.get(node.label));
}

/** A relationship's properties, plus the ids of both ends, on a new object of class C. */
export function fromRel<C extends object>(cls: new () => C, rel: GraphRel, ends: Record<string, string>): C {
  return fillLists(Object.assign(new cls(), rel.props, ends), REL_LISTS.get(rel.type));
}
