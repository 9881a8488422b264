import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { cmp, LIMITS, pathSignature, preferRel, type PathStepKey } from '../../../domain/timeline.js';
import { STATEMENTS } from '../../../store/statements.js';
import { isGraphNode, isGraphRel, type GraphNode, type GraphRel } from '../../../store/values.js';
import type { Context } from '../../context.js';
import { badInput } from '../../errors.js';
import { QueryTooComplexError } from '../../guardrails.js';
import { Path } from '../../types/graph.type.js';
import { toGraphQL, toRelationship } from '../../types/node-types.js';
import type { Node } from '../../types/node.type.js';
import { idOf, prime } from './elements.js';

interface RawPath {
  nodes: GraphNode[];
  rels: GraphRel[];
}

/** One path read from the store, oriented from `from`, with its identity and its steps' directions. */
interface OrientedPath {
  nodes: GraphNode[];
  rels: GraphRel[];
  signature: string;
}

@Resolver()
export class PathsResolver {
  @Query(() => [Path], {
    description:
      `The shortest paths between two entities (all of them, at most ${LIMITS.paths}), each from \`from\` to \`to\`; empty when either id is unknown ` +
      'or no path is within `maxHops` (1 to 4). Paths run over links (lists, issuers, policies, memberships, investments, ...), not over the ' +
      'statistical facts PRODUCES, SUPPLIES, RELIES_ON and MEASURE (and FORM_OF, read from the same USGS tables), which join nearly every country to nearly every mineral, unless ' +
      '`includeFacts` is true. Sources are citations, not nodes on a path. Parallel relationships of one type between the same two nodes ' +
      '(production per year) make one path, shown by the latest year. Ordered by the ids along the path.',
  })
  async paths(
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
    @Arg('maxHops', () => Int, { nullable: true, defaultValue: 3 }) maxHopsArg: number | null,
    @Arg('includeFacts', () => Boolean, { nullable: true, defaultValue: false, description: 'Let paths run over PRODUCES, SUPPLIES, RELIES_ON, MEASURE and FORM_OF too.' })
    includeFacts: boolean | null,
    @Ctx() ctx: Context,
  ): Promise<Path[]> {
    const maxHops = maxHopsArg ?? 3;
    const { min, max } = LIMITS.maxHops;
    if (!Number.isInteger(maxHops) || maxHops < min || maxHops > max) {
      throw badInput(`maxHops must be an integer from ${min} to ${max}; got ${maxHops}`, { argument: 'maxHops' });
    }
    if (from === to) {
      // No engine searches a path from a node to itself: the answer is the node alone.
      const n = await ctx.loaders.node.load(from);
      const node = toGraphQL(n);
      return node ? [Object.assign(new Path(), { nodes: [node], relationships: [], length: 0 })] : [];
    }
    // Unknown ids and sources (citations, with no relationships) have no paths: answer
    // without a search, which on Kùzu explores the whole radius before finding nothing.
    const [a, b] = await ctx.loaders.node.loadMany([from, to]);
    if (!isGraphNode(a) || !isGraphNode(b) || a.label === 'Source' || b.label === 'Source') return [];
    // One row past the bound tells "more than pathRows" from "exactly pathRows".
    const rows = await ctx.loaders.rows(includeFacts ? STATEMENTS.shortestPathsWithFacts : STATEMENTS.shortestPaths, { from, to, cap: LIMITS.pathRows + 1 });
    if (rows.length > LIMITS.pathRows) {
      throw new QueryTooComplexError(
        'pathRows', LIMITS.pathRows, undefined,
        `More than ${LIMITS.pathRows} shortest connections join ${from} and ${to}` +
          `${includeFacts ? ' (parallel facts count one each)' : ''}: lower maxHops${includeFacts ? ' or leave includeFacts off' : ''}.`,
      );
    }
    const distinct = new Map<string, OrientedPath>();
    for (const row of rows) {
      const p = orient(row.p, from);
      if (!p || p.rels.length > maxHops) continue;
      const seen = distinct.get(p.signature);
      // Of parallel facts, keep the preferred one at each step, whatever order the engine gave.
      if (!seen || preferPath(p, seen) < 0) distinct.set(p.signature, p);
    }
    return [...distinct.values()]
      .sort((a, b) => a.rels.length - b.rels.length || cmp(a.signature, b.signature))
      .slice(0, LIMITS.paths)
      .map((p) => toPath(ctx, p));
  }
}

function orient(v: unknown, from: string): OrientedPath | null {
  const raw = v as RawPath | null;
  if (!raw || !Array.isArray(raw.nodes) || !Array.isArray(raw.rels)) return null;
  let nodes = raw.nodes.filter(isGraphNode);
  let rels = raw.rels.filter(isGraphRel);
  if (nodes.length !== rels.length + 1 || nodes.length < 2) return null;
  if (idOf(nodes[0]) !== from) {
    nodes = [...nodes].reverse();
    rels = [...rels].reverse();
  }
  const steps: PathStepKey[] = rels.map((r, i) => ({ type: r.type, forward: r.fromRef === nodes[i].ref, nodeId: idOf(nodes[i + 1]) }));
  return { nodes, rels, signature: pathSignature(idOf(nodes[0]), steps) };
}

function preferPath(a: OrientedPath, b: OrientedPath): number {
  for (let i = 0; i < a.rels.length; i++) {
    const c = preferRel(a.rels[i].props, b.rels[i].props);
    if (c !== 0) return c;
  }
  return 0;
}

function toPath(ctx: Context, p: OrientedPath): Path {
  for (const n of p.nodes) prime(ctx, n);
  const path = new Path();
  path.nodes = p.nodes.map((n) => toGraphQL(n)).filter((n): n is Node => n !== null);
  path.relationships = p.rels.map((r, i) => {
    const forward = r.fromRef === p.nodes[i].ref;
    const [a, b] = [idOf(p.nodes[i]), idOf(p.nodes[i + 1])];
    return forward ? toRelationship(r, a, b) : toRelationship(r, b, a);
  });
  path.length = p.rels.length;
  return path;
}
