import type { Context } from '../../context.js';
import { toGraphQL, toRelationship } from '../../types/node-types.js';
import type { Node } from '../../types/node.type.js';
import type { Relationship } from '../../types/relationship.type.js';
import { isGraphNode, type GraphNode, type GraphRel } from '../../../store/values.js';
import { compareText } from '../../../domain/compare.js';

/** A stored node's id. */
export function idOf(n: GraphNode): string {
  return String(n.props.id);
}

/** The nodes of a collected list column (Kùzu returns null for a list of nothing), primed for later fields. */
export function collected(ctx: Context, v: unknown): GraphNode[] {
  if (!Array.isArray(v)) return [];
  const out = v.filter(isGraphNode).sort((a, b) => compareText(idOf(a), idOf(b)));
  for (const n of out) prime(ctx, n);
  return out;
}

/** Tells the request's node loader about a node already read, so `from`/`to`/`subject` cost nothing. */
export function prime(ctx: Context, n: GraphNode): void {
  ctx.loaders.node.prime(idOf(n), n);
}

/** GraphQL objects for stored nodes, leaving out any label the schema does not expose. */
export function toNodes(nodes: readonly GraphNode[]): Node[] {
  return nodes.map((n) => toGraphQL(n)).filter((n): n is Node => n !== null);
}

/** A stored relationship as a Relationship, its ends named through the nodes known by engine reference. */
export function relBetween(rel: GraphRel, byRef: ReadonlyMap<string, GraphNode>): Relationship | null {
  const from = byRef.get(rel.fromRef);
  const to = byRef.get(rel.toRef);
  return from && to ? toRelationship(rel, idOf(from), idOf(to)) : null;
}
