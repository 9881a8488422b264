import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { cmp, compareReached, LIMITS, type Reached } from '../../../domain/timeline.js';
import { STATEMENTS } from '../../../store/statements.js';
import { isGraphNode, isGraphRel, type GraphNode, type GraphRel } from '../../../store/values.js';
import type { Context } from '../../context.js';
import { badInput } from '../../errors.js';
import { Subgraph } from '../../types/graph.type.js';
import type { Relationship } from '../../types/relationship.type.js';
import { idOf, prime, relBetween, toNodes } from './elements.js';

function checkRange(name: string, v: number, { min, max }: { min: number; max: number }): void {
  if (!Number.isInteger(v) || v < min || v > max) throw badInput(`${name} must be an integer from ${min} to ${max}; got ${v}`, { argument: name });
}

@Resolver()
export class NeighborhoodResolver {
  @Query(() => Subgraph, {
    nullable: true,
    description:
      'The entity and everything within `depth` (1 to 3) relationships of it, either direction, at most `limit` nodes (1 to 500, the entity ' +
      'included); null when the id is unknown. Expanded ring by ring, one store round trip per ring. When `limit` cuts a ring, nearer nodes ' +
      'are kept first, then by the type of the relationship that reaches them (alphabetical), then by id, and `truncated` is true. ' +
      'Parallel facts (production per year, reliance per year) stay separate relationships, each with its own properties and sources.',
  })
  async neighborhood(
    @Arg('id', () => ID) id: string,
    @Arg('depth', () => Int, { nullable: true, defaultValue: 1 }) depthArg: number | null,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 100 }) limitArg: number | null,
    @Arg('includeFacts', () => Boolean, {
      nullable: true,
      defaultValue: true,
      description: 'Include the statistical facts PRODUCES, IMPORT_SOURCE, RELIES_ON and MEASURE; false keeps links only.',
    })
    includeFacts: boolean | null,
    @Ctx() ctx: Context,
  ): Promise<Subgraph | null> {
    const depth = depthArg ?? 1;
    const limit = limitArg ?? 100;
    checkRange('depth', depth, LIMITS.depth);
    checkRange('limit', limit, LIMITS.neighborhoodLimit);
    const statement = (includeFacts ?? true) ? STATEMENTS.expandWithFacts : STATEMENTS.expand;
    const kept = new Map<string, GraphNode>();
    const found = new Map<string, GraphRel>();
    let frontier = [id];
    let truncated = false;
    for (let ring = 1; ring <= depth && frontier.length > 0 && !truncated; ring++) {
      const rows = await ctx.store.read({ name: statement, params: { ids: frontier } });
      if (ring === 1) {
        const centre = rows.map((r) => r.a).find(isGraphNode);
        if (!centre) return null;
        kept.set(id, centre);
      }
      const reached = new Map<string, Reached & { node: GraphNode }>();
      for (const row of rows) {
        if (!isGraphRel(row.r) || !isGraphNode(row.o)) continue;
        found.set(row.r.ref, row.r);
        const oid = idOf(row.o);
        if (kept.has(oid)) continue;
        const prev = reached.get(oid);
        if (!prev || cmp(row.r.type, prev.via) < 0) reached.set(oid, { id: oid, via: row.r.type, node: row.o });
      }
      const ringNodes = [...reached.values()].sort(compareReached);
      const room = limit - kept.size;
      if (ringNodes.length > room) truncated = true;
      frontier = [];
      for (const r of ringNodes.slice(0, Math.max(0, room))) {
        kept.set(r.id, r.node);
        frontier.push(r.id);
      }
    }
    const byRef = new Map([...kept.values()].map((n) => [n.ref, n]));
    for (const n of kept.values()) prime(ctx, n);
    const relationships = [...found.values()]
      .map((r) => ({ rel: relBetween(r, byRef), key: String(r.props.key ?? '') }))
      .filter((x): x is { rel: Relationship; key: string } => x.rel !== null)
      .sort((a, b) => cmp(a.rel.type, b.rel.type) || cmp(a.rel.fromId, b.rel.fromId) || cmp(a.rel.toId, b.rel.toId) || cmp(a.key, b.key))
      .map((x) => x.rel);
    return Object.assign(new Subgraph(), { nodes: toNodes([...kept.values()]), relationships, truncated });
  }
}
