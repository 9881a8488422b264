import DataLoader from 'dataloader';
import type { NodeLabel } from '../domain/model.js';
import { END_ID_COLUMN, FACT_PREFIX, FACT_TYPE_COLUMN, type TemplateVars } from '../store/cypher.js';
import type { GraphStore, Statement } from '../store/port.js';
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

/** A relationship statement's loads for one field: the facts of each parent id (see Loaders.rel). */
export interface RelLoader {
  load(id: string): Promise<RelHit[]>;
  loadMany(ids: readonly string[]): Promise<(RelHit[] | Error)[]>;
}

/** One load of a relationship statement: a parent id and what its field needs of the read. */
interface RelKey {
  readonly id: string;
  readonly provenance: boolean;
  readonly endIdOnly: boolean;
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

/** Reads per readAll statement (see Loaders.read). */
const BATCH_READS = 16;

/**
 * Per-request DataLoaders. Every relationship field of the schema goes through one
 * of these, so a nested query costs one store round trip per level, whatever the
 * number of parents. Each loader batches the parents' ids into one statement whose
 * rows are `key` (a parent id), `r` (the relationship, or a fact's columns, see relOf) and
 * `o` (the other node, or its id alone as `oid`).
 */
export class Loaders {
  readonly node: DataLoader<string, GraphNode | null>;
  private readonly rels = new Map<string, DataLoader<RelKey, RelHit[], string>>();

  /** Reads asked for in this turn of the event loop, sent together (see `read`). */
  private queued: { stmt: Statement; resolve: (rows: Row[]) => void; reject: (err: unknown) => void }[] = [];

  constructor(private readonly store: GraphStore, private readonly timeoutMs?: number) {
    this.node = new DataLoader(async (ids) => {
      const rows = await this.read({ name: STATEMENTS.entityByIds, params: { ids: [...ids] } });
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
    return this.read({ name: statement, params, vars });
  }

  /**
   * Every read of this request goes through here. Where the store can answer several reads in
   * one round trip (GraphStore.readAll: Neo4j), the reads asked for in one turn of the event
   * loop (the loaders of one level, a page and its count, a mineral and its fact lists) are sent
   * together; else each goes alone, in parallel. Should a batch fail, each of its reads is tried
   * alone, so a read fails only for its own cause and only the fields that asked for it.
   */
  private read(stmt: Statement): Promise<Row[]> {
    const all = this.store.readAll;
    if (!all) return this.store.read(stmt, { timeoutMs: this.timeoutMs });
    return new Promise<Row[]>((resolve, reject) => {
      this.queued.push({ stmt, resolve, reject });
      if (this.queued.length === 1) setImmediate(() => this.flush(all));
    });
  }

  private flush(all: NonNullable<GraphStore['readAll']>): void {
    const batch = this.queued;
    this.queued = [];
    const options = { timeoutMs: this.timeoutMs };
    // At most BATCH_READS a statement: a request of many aliases makes several, not one huge text to plan.
    for (let i = 0; i < batch.length; i += BATCH_READS) {
      const part = batch.slice(i, i + BATCH_READS);
      const each = () => part.forEach((b) => this.store.read(b.stmt, options).then(b.resolve, b.reject));
      if (part.length === 1) each();
      else all(part.map((b) => b.stmt), options).then((rows) => part.forEach((b, j) => b.resolve(rows[j] ?? [])), each);
    }
  }

  /** One relationship by the parts of its global id (`relationship(id:)`). */
  async relationship(k: RelationshipKey): Promise<StoredRelationship | null> {
    const rows = await this.read({ name: STATEMENTS.relationshipById, params: { from: k.from, to: k.to, key: k.key }, vars: { TYPE: k.type } });
    const row = rows[0];
    return row && isGraphRel(row.r) ? { rel: row.r, fromId: String(row.fromId), toId: String(row.toId) } : null;
  }

  /**
   * The loader for one relationship statement (see src/store/statements.ts). A fact list's
   * statement (given `options`) returns its relationship as columns (`{{FACT r:TYPE}}`,
   * src/store/cypher.ts) and reads a batch of one key by equality (`{{IDS m}}`);
   * `provenance: false` asks for it without its sources, note and citation, for a selection that
   * prints none of them; `endIdOnly` asks only for the other end's id (`{{END o}}`), for a
   * selection that asks nothing else of it. Every field's loads of one statement in a tick are one
   * read of all they need together (see readRels), whatever their order.
   */
  rel(statement: string, options?: FactReadOptions): RelLoader {
    let loader = this.rels.get(statement);
    if (!loader) {
      const fact = options !== undefined;
      loader = new DataLoader((keys: readonly RelKey[]) => this.readRels(statement, fact, keys), {
        cacheKeyFn: (k) => `${k.id}\u0000${k.provenance}\u0000${k.endIdOnly}`,
      });
      this.rels.set(statement, loader);
    }
    const l = loader;
    const key = (id: string): RelKey => ({ id, provenance: options?.provenance !== false, endIdOnly: options?.endIdOnly === true });
    return { load: (id) => l.load(key(id)), loadMany: (ids) => l.loadMany(ids.map(key)) };
  }

  /**
   * One read of a relationship statement for a batch of keys: their ids, with provenance if any
   * key needs it and the other ends whole unless every key asks only for their ids (a key gets at
   * least what it asked for). Whole other ends are primed into the node loader, so a deeper level
   * costs nothing; an id-only end is a partial node, never primed.
   */
  private async readRels(statement: string, fact: boolean, keys: readonly RelKey[]): Promise<RelHit[][]> {
    const ids = [...new Set(keys.map((k) => k.id))];
    const vars: TemplateVars = {
      ...(keys.some((k) => k.provenance) ? {} : { Provenance: false }),
      ...(keys.every((k) => k.endIdOnly) ? { EndIdOnly: true } : {}),
    };
    // A fact statement reads one key by equality (`{{IDS m}}`), which Kùzu answers by a key seek.
    const stmt =
      fact && ids.length === 1
        ? { name: statement, params: { id: ids[0] }, vars: { ...vars, OneKey: true } }
        : { name: statement, params: { ids }, ...(Object.keys(vars).length > 0 ? { vars } : {}) };
    const rows = await this.read(stmt);
    const byKey = new Map<string, RelHit[]>();
    for (const row of rows) {
      const rel = relOf(row);
      const other = isGraphNode(row.o) ? row.o : typeof row[END_ID_COLUMN] === 'string' ? partialNode('', { id: row[END_ID_COLUMN] }) : null;
      if (!rel || !other) continue;
      const k = String(row.key);
      let list = byKey.get(k);
      if (!list) byKey.set(k, (list = []));
      list.push({ rel, other });
      if (other.ref !== '') this.node.prime(String(other.props.id), other);
    }
    return keys.map((k) => byKey.get(k.id) ?? []);
  }

  /** Entities of one label by id, primed into the node loader; in no particular order. One id is an equality (a key seek on Kùzu too). */
  ofLabel(label: NodeLabel, ids: readonly string[]): Promise<GraphNode[]> {
    if (ids.length === 1) return this.nodes(STATEMENTS.entityOfLabel, { id: ids[0] }, { Label: label });
    return this.nodes(STATEMENTS.entitiesOfLabel, { ids: [...ids] }, { Label: label });
  }

  /** A page or list of nodes read in one round trip, primed into the node loader. */
  async nodes(statement: string, params: Record<string, unknown> = {}, vars?: TemplateVars): Promise<GraphNode[]> {
    const rows = await this.read({ name: statement, params, vars });
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
