import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import { cmp, compareReached, LIMITS, type Reached } from '../../../domain/timeline.js';
import { STATEMENTS } from '../../../store/statements.js';
import { isGraphNode, isGraphRel, partialNode, type GraphRel } from '../../../store/values.js';
import type { Context } from '../../context.js';
import { badInput } from '../../errors.js';
import { Subgraph } from '../../types/graph.type.js';
import { toRelationship } from '../../types/node-types.js';
import { Relationship } from '../../types/relationship.type.js';
import { IDENTITY_FIELDS, selectedFields, selectsOnly } from '../../selection.js';

/** Relationship fields answered from its ends, type and key alone (`from`/`to` resolve through the node loader). */
const ENDS_ONLY_FIELDS = new Set(['id', 'type', 'from', 'to', '__typename']);
import { toNodes } from './elements.js';

function checkRange(name: string, v: number, { min, max }: { min: number; max: number }): void {
  if (!Number.isInteger(v) || v < min || v > max) throw badInput(`${name} must be an integer from ${min} to ${max}; got ${v}`, { argument: name });
}

@Resolver()
export class NeighborhoodResolver {
  @Query(() => Subgraph, {
    nullable: true,
    description:
      'The entity and everything within `depth` (1 to 3) relationships of it, either direction, at most `limit` nodes (1 to 500, the entity ' +
      'included); null when the id is unknown. Expanded ring by ring, one light store round trip per ring (types, ids and labels only), then one ' +
      'for the kept nodes (none when only their `id` and `label` are selected) and one for the relationships among them: at most `depth` + 2 round trips. When `limit` cuts a ring, nearer nodes ' +
      'are kept first, then by the type of the relationship that reaches them (alphabetical), then by id, and `truncated` is true. ' +
      'Relationships are those between kept nodes with at least one end expanded: none between two nodes of the outermost ring when ' +
      '`depth` or `limit` stopped the expansion before it. ' +
      'Of parallel facts (one figure over years or periods: production of a series per year, reliance per year, import sources per period) ' +
      'only the latest is shown (the newest release’s reading, then the latest year, then the latest period) unless `allFacts`, which keeps ' +
      'each as a relationship of its own; of a year’s readings by several data releases only the newest release’s unless `includeRevisions`.',
  })
  async neighborhood(
    @Arg('id', () => ID) id: string,
    @Arg('depth', () => Int, { nullable: true, defaultValue: 1 }) depthArg: number | null,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 100 }) limitArg: number | null,
    @Arg('includeFacts', () => Boolean, {
      nullable: true,
      defaultValue: true,
      description: 'Include the statistical facts PRODUCES, SUPPLIES, RELIES_ON and MEASURE, and FORM_OF (how the USGS tables split a commodity); false keeps links only.',
    })
    includeFacts: boolean | null,
    @Arg('includeRevisions', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: 'Also the readings a later data release revised or repeated (`isLatest: false`), beside the newest release’s.',
    })
    includeRevisions: boolean | null,
    @Arg('allFacts', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: 'Every parallel fact (each year’s production, each year’s reliance, each period’s import sources), not only the latest of each.',
    })
    allFacts: boolean | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Subgraph | null> {
    const depth = depthArg ?? 1;
    const limit = limitArg ?? 100;
    checkRange('depth', depth, LIMITS.depth);
    checkRange('limit', limit, LIMITS.neighborhoodLimit);
    const withFacts = includeFacts ?? true;
    // Each ring reads only (type, other id) pairs; whole nodes and relationships are read once,
    // for the kept nodes only, after the expansion.
    const ringStatement = withFacts ? STATEMENTS.expandWithFacts : STATEMENTS.expand;
    const keptIds: string[] = [id];
    const kept = new Set(keptIds);
    /** Each kept node's model label, as the rings read it. */
    const labelOf = new Map<string, string>();
    /** Every id whose relationships were read (a ring's frontier): a relationship needs one such end. */
    const expanded: string[] = [];
    let frontier = [id];
    let truncated = false;
    for (let ring = 1; ring <= depth && frontier.length > 0 && !truncated; ring++) {
      const rows = await ctx.loaders.rows(ringStatement, { ids: frontier });
      if (ring === 1 && rows.length === 0) {
        // No relationship around the centre: the centre alone (read whole, for any selection), or
        // null when it does not exist. Two round trips, within the `depth` + 2 the description gives.
        const centre = await ctx.loaders.node.load(id);
        return centre && Object.assign(new Subgraph(), { nodes: toNodes([centre]), relationships: [], truncated: false });
      }
      if (ring === 1 && typeof rows[0]?.alabel === 'string') labelOf.set(id, rows[0].alabel);
      expanded.push(...frontier);
      const reached = new Map<string, string>();
      for (const row of rows) {
        const oid = String(row.oid);
        const type = String(row.type);
        if (typeof row.olabel === 'string') labelOf.set(oid, row.olabel);
        if (kept.has(oid)) continue;
        const prev = reached.get(oid);
        if (prev === undefined || cmp(type, prev) < 0) reached.set(oid, type);
      }
      const ringNodes: Reached[] = [...reached].map(([rid, via]) => ({ id: rid, via })).sort(compareReached);
      const room = limit - kept.size;
      if (ringNodes.length > room) truncated = true;
      frontier = [];
      for (const r of ringNodes.slice(0, Math.max(0, room))) {
        kept.add(r.id);
        keptIds.push(r.id);
        frontier.push(r.id);
      }
    }
    // Only what is asked is read: without properties, note or sources the relationships are
    // read as their ends, type and key (several times cheaper than whole relationships).
    const whole = [...selectedFields(info, ['relationships'])].some((f) => !ENDS_ONLY_FIELDS.has(f));
    // Both lists hold the centre, so neither parameter is ever empty.
    const relStatement = whole
      ? withFacts ? STATEMENTS.neighbourhoodRelsWithFacts : STATEMENTS.neighbourhoodRels
      : withFacts ? STATEMENTS.neighbourhoodRelEndsWithFacts : STATEMENTS.neighbourhoodRelEnds;
    // The database keeps the shown facts: of parallel ones the headline reading (computed at load)
    // unless allFacts, and no revised reading unless includeRevisions (links statements take neither).
    const relParams = withFacts ? { kept: keptIds, expanded, allFacts: allFacts === true, revisions: includeRevisions === true } : { kept: keptIds, expanded };
    // Nodes asked for nothing but what the rings read (id, type) are not read again.
    const idsOnly = selectsOnly(info, [['nodes']], IDENTITY_FIELDS);
    const nodes = idsOnly
      ? Promise.resolve(keptIds.map((k) => partialNode(labelOf.get(k) ?? '', { id: k })))
      : ctx.loaders.node.loadMany(keptIds);
    const [loaded, relRows] = await Promise.all([nodes, ctx.loaders.rows(relStatement, relParams)]);
    const found = whole ? wholeRelationships(relRows) : relationshipEnds(relRows);
    const relationships = found.sort(
      (a, b) => cmp(a.type, b.type) || cmp(a.fromId, b.fromId) || cmp(a.toId, b.toId) || cmp(a.key ?? '', b.key ?? ''),
    );
    return Object.assign(new Subgraph(), { nodes: toNodes(loaded.filter(isGraphNode)), relationships, truncated });
  }
}

/** Rows of neighbourhood-rels*: whole relationships (each once). */
function wholeRelationships(rows: readonly Record<string, unknown>[]): Relationship[] {
  const seen = new Set<string>();
  const out: Relationship[] = [];
  for (const row of rows) {
    if (!isGraphRel(row.r) || seen.has(row.r.ref)) continue;
    seen.add(row.r.ref);
    out.push(toRelationship(row.r as GraphRel, String(row.fromId), String(row.toId)));
  }
  return out;
}

/** Rows of neighbourhood-rel-ends*: ends, type and key, no other property (no closure per row: thousands of them). */
function relationshipEnds(rows: readonly Record<string, unknown>[]): Relationship[] {
  const out: Relationship[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const r = new Relationship();
    r.type = String(row.type);
    r.fromId = String(row.fromId);
    r.toId = String(row.toId);
    r.key = row.key === null || row.key === undefined ? null : String(row.key);
    out[i] = r;
  }
  return out;
}
