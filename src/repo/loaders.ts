import DataLoader from 'dataloader';
import type { NodeLabel } from '../domain/model.js';
import { END_ID_COLUMN, FACT_PREFIX, FACT_TYPE_COLUMN, type TemplateVars } from '../store/cypher.js';
import type { GraphStore } from '../store/port.js';
import { STATEMENTS } from '../store/statements.js';
import { isGraphNode, isGraphRel, partialNode, type GraphNode, type GraphRel, type Row } from '../store/values.js';
import type { RelationshipKey } from '../graphql/types/relationship-id.js';

/**
 * How a fact statement (one of cypher/rel/ written with `{{FACT}}`, `{{END}}` and `{{IDS}}`, see
 * src/store/cypher.ts) is read; giving these is what marks a statement as one.
 */
export interface FactReadOptions {
  /** false: without the facts' sources, note and citation. */
  readonly provenance?: boolean;
  /** true: only the other end's id. */
  readonly endIdOnly?: boolean;
}

/** A stored relationship with the ids of its ends, in its stored direction. */
export interface StoredRelationship {
  readonly rel: GraphRel;
  readonly fromId: string;
  readonly toId: string;
}

/** A relationship seen from one end: the fact and the node at the other end. */
export interface RelHit {
  readonly rel: GraphRel;
  readonly other: GraphNode;
}

/**
 * Per-request DataLoaders. Every relationship field of the schema goes through one
 * of these, so a nested query costs one store round trip per level, whatever the
 * number of parents. Each loader batches the parents' ids into one statement whose
 * rows are `key` (a parent id), `r` (the relationship) and `o` (the other node).
 */
export class Loaders {
  readonly node: DataLoader<string, GraphNode | null>;
  private readonly rels = new Map<string, DataLoader<string, RelHit[]>>();

  constructor(private readonly store: GraphStore, private readonly timeoutMs?: number) {
    this.node = new DataLoader(async (ids) => {
      const rows = await store.read({ name: STATEMENTS.entityByIds, params: { ids: [...ids] } }, { timeoutMs });
      const byId = new Map<string, GraphNode>();
      for (const row of rows) if (isGraphNode(row.n)) byId.set(String(row.n.props.id), row.n);
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** The backend the store runs (a translated statement is composed in its dialect). */
  get backend() {
    return this.store.backend;
  }

  /** A statement's rows, with this request's deadline: the one way src/graphql/ reads the store. */
  rows(statement: string, params: Record<string, unknown>, vars?: TemplateVars) {
    return this.store.read({ name: statement, params, vars }, { timeoutMs: this.timeoutMs });
  }

  /** One relationship by the parts of its global id (`relationship(id:)`). */
  async relationship(k: RelationshipKey): Promise<StoredRelationship | null> {
    const rows = await this.store.read(
      { name: STATEMENTS.relationshipById, params: { from: k.from, to: k.to, key: k.key }, vars: { TYPE: k.type } },
      { timeoutMs: this.timeoutMs },
    );
    const row = rows[0];
    return row && isGraphRel(row.r) ? { rel: row.r, fromId: String(row.fromId), toId: String(row.toId) } : null;
  }

  /**
   * The loader for one relationship statement (see src/store/statements.ts). A fact list's
   * statement (given `options`) returns its relationship as columns (`{{FACT r:TYPE}}`,
   * src/store/cypher.ts) and reads a batch of one key by equality (`{{IDS m}}`);
   * `provenance: false` reads it without its sources, note and citation, for a selection that
   * prints none of them; `endIdOnly` reads only the other end's id (`{{END o}}`), for a selection
   * that asks nothing else of it: such an end is a partial node, never primed. Each variant is a
   * loader of its own, so a whole and a lean read never mix.
   */
  rel(statement: string, options?: FactReadOptions): DataLoader<string, RelHit[]> {
    const provenance = options?.provenance !== false;
    const endIdOnly = options?.endIdOnly === true;
    const keyOf = (p: boolean, e: boolean) => `${statement}${p ? '' : '\u0000lean'}${e ? '\u0000end-id' : ''}`;
    const cacheKey = keyOf(provenance, endIdOnly);
    // A read this request already made that holds at least as much answers this one too.
    let loader = this.rels.get(cacheKey);
    for (const [p, e] of [[true, false], [provenance, false], [true, endIdOnly]] as const) loader ??= this.rels.get(keyOf(p, e));
    if (!loader) {
      const vars: TemplateVars = { ...(provenance ? {} : { Provenance: false }), ...(endIdOnly ? { EndIdOnly: true } : {}) };
      loader = new DataLoader(async (keys) => {
        // A fact statement reads one key by equality (`{{IDS m}}`), which Kùzu answers by a key seek.
        const one = options !== undefined && keys.length === 1;
        const stmt = one
          ? { name: statement, params: { id: keys[0] }, vars: { ...vars, OneKey: true } }
          : { name: statement, params: { ids: [...keys] }, ...(Object.keys(vars).length > 0 ? { vars } : {}) };
        const rows = await this.store.read(stmt, { timeoutMs: this.timeoutMs });
        const byKey = new Map<string, RelHit[]>();
        for (const row of rows) {
          const rel = relOf(row);
          const other = isGraphNode(row.o) ? row.o : typeof row[END_ID_COLUMN] === 'string' ? partialNode('', { id: row[END_ID_COLUMN] }) : null;
          if (!rel || !other) continue;
          const k = String(row.key);
          let list = byKey.get(k);
          if (!list) byKey.set(k, (list = []));
          list.push({ rel, other });
          // The other end is now known: prime the node loader so a deeper level costs nothing (whole nodes only).
          if (other.ref !== '') this.node.prime(String(other.props.id), other);
        }
        return keys.map((k) => byKey.get(k) ?? []);
      });
      this.rels.set(cacheKey, loader);
    }
    return loader;
  }

  /** A page or list of nodes read in one round trip, primed into the node loader. */
  /** Entities of one label by id, primed into the node loader; in no particular order. One id is an equality (a key seek on Kùzu too). */
  ofLabel(label: NodeLabel, ids: readonly string[]): Promise<GraphNode[]> {
    if (ids.length === 1) return this.nodes(STATEMENTS.entityOfLabel, { id: ids[0] }, { Label: label });
    return this.nodes(STATEMENTS.entitiesOfLabel, { ids: [...ids] }, { Label: label });
  }

  async nodes(statement: string, params: Record<string, unknown> = {}, vars?: TemplateVars): Promise<GraphNode[]> {
    const rows = await this.store.read({ name: statement, params, vars }, { timeoutMs: this.timeoutMs });
    const out: GraphNode[] = [];
    for (const row of rows) {
      if (!isGraphNode(row.n)) continue;
      this.node.prime(String(row.n.props.id), row.n);
      out.push(row.n);
    }
    return out;
  }
}

/**
 * A row's relationship: `r` whole, or the columns of `{{FACT r:TYPE}}` (its type and one column
 * per property; a null is an absent property, as a whole relationship leaves it out). Such a
 * relationship has no engine reference: fact lists never stitch paths.
 */
function relOf(row: Row): GraphRel | null {
  if (isGraphRel(row.r)) return row.r;
  const type = row[FACT_TYPE_COLUMN];
  if (typeof type !== 'string') return null;
  const props: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) if (k.startsWith(FACT_PREFIX) && v !== null && v !== undefined) props[k.slice(FACT_PREFIX.length)] = v;
  return { kind: 'rel', ref: '', type, fromRef: '', toRef: '', props };
}
