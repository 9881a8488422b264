import neo4j, { type Driver, type ManagedTransaction, isInt, isNode, isRelationship, isPath } from 'neo4j-driver';
import { modelLabelOf } from '../domain/model.js';
import type { CypherRegistry } from './cypher.js';
import { StoreError, StoreQueryError, StoreResourceError, StoreTimeoutError, StoreUnavailableError } from './errors.js';
import type { GraphStore, ReadOptions, Statement, StoreStats, WriteOptions } from './port.js';
import type { GraphNode, GraphRel, Row } from './values.js';

export interface Neo4jOptions {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database: string;
  readonly defaultTimeoutMs?: number;
}

/**
 * The Neo4j adapter: the only module that talks to neo4j-driver. One driver per
 * process; a session per call, closed in `finally`; managed read and write
 * transactions (the driver retries transient failures); Integers, temporals and
 * graph elements normalised here; driver errors mapped to the store's own.
 */
export class Neo4jStore implements GraphStore {
  readonly backend = 'neo4j' as const;
  readonly stats: StoreStats = { roundTrips: 0 };
  private readonly driver: Driver;

  constructor(private readonly cypher: CypherRegistry, private readonly options: Neo4jOptions) {
    this.driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: 5_000,
      userAgent: 'critical-minerals-graph',
    });
  }

  async applySchema(): Promise<void> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      // Schema commands cannot share a transaction with each other: auto-commit each.
      for (const stmt of this.cypher.statements('schema')) await session.run(stmt);
    } catch (err) {
      throw mapNeo4jError(err);
    } finally {
      await session.close();
    }
  }

  async read(stmt: Statement, options?: ReadOptions): Promise<Row[]> {
    this.stats.roundTrips++;
    const text = this.cypher.text(stmt.name, stmt.vars);
    const params = toNeo4jParams(stmt.params ?? {});
    const timeout = options?.timeoutMs ?? this.options.defaultTimeoutMs;
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead((tx) => runIn(tx, text, params), timeout ? { timeout } : undefined);
    } catch (err) {
      throw mapNeo4jError(err);
    } finally {
      await session.close();
    }
  }

  async writeTransaction(stmts: readonly Statement[], options?: WriteOptions): Promise<Row[][]> {
    this.stats.roundTrips++;
    const prepared = stmts.map((s) => ({ text: this.cypher.text(s.name, s.vars), params: toNeo4jParams(s.params ?? {}) }));
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(async (tx) => {
        const out: Row[][] = [];
        for (const [i, p] of prepared.entries()) {
          const rows = await runIn(tx, p.text, p.params);
          options?.verify?.(i, rows);
          options?.onProgress?.(i + 1, prepared.length);
          out.push(rows);
        }
        return out;
      });
    } catch (err) {
      throw mapNeo4jError(err);
    } finally {
      await session.close();
    }
  }

  async ping(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.options.database });
    } catch (err) {
      throw mapNeo4jError(err);
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

async function runIn(tx: ManagedTransaction, text: string, params: Record<string, unknown>): Promise<Row[]> {
  const res = await tx.run(text, params);
  return res.records.map((rec) => {
    const row: Row = {};
    for (const key of rec.keys) row[String(key)] = fromNeo4j(rec.get(key));
    return row;
  });
}

/** Whole numbers go as Neo4j Integers (LIMIT and SKIP need them); other values as they are. */
export function toNeo4jParams(v: Record<string, unknown>): Record<string, unknown> {
  const conv = (x: unknown): unknown => {
    if (typeof x === 'number' && Number.isSafeInteger(x)) return neo4j.int(x);
    if (Array.isArray(x)) return x.map(conv);
    if (x && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, y]) => [k, conv(y)]));
    return x;
  };
  return conv(v) as Record<string, unknown>;
}

export function fromNeo4j(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (isInt(v)) return v.inSafeRange() ? v.toNumber() : v.toString();
  if (typeof v === 'bigint') return Number(v);
  if (isNode(v)) {
    // Its model label, never :Entity or a sub-label such as :ExecutiveOrder.
    const label = modelLabelOf(v.labels) ?? v.labels[0] ?? '';
    const node: GraphNode = { kind: 'node', ref: v.elementId, label, props: fromNeo4j(v.properties) as Record<string, unknown> };
    return node;
  }
  if (isRelationship(v)) {
    const rel: GraphRel = {
      kind: 'rel', ref: v.elementId, type: v.type, fromRef: v.startNodeElementId, toRef: v.endNodeElementId,
      props: fromNeo4j(v.properties) as Record<string, unknown>,
    };
    return rel;
  }
  if (isPath(v)) {
    const nodes = [v.start, ...v.segments.map((s) => s.end)].map(fromNeo4j);
    return { nodes, rels: v.segments.map((s) => fromNeo4j(s.relationship)) };
  }
  if (Array.isArray(v)) return v.map(fromNeo4j);
  if (typeof v === 'object') {
    // Temporal values print as ISO 8601 through toString().
    const o = v as { toString(): string; constructor?: { name?: string } };
    const ctor = o.constructor?.name ?? '';
    if (['Date', 'DateTime', 'LocalDateTime', 'LocalTime', 'Time', 'Duration'].includes(ctor)) return o.toString();
    return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, fromNeo4j(x)]));
  }
  return v;
}

export function mapNeo4jError(err: unknown): StoreError {
  if (err instanceof StoreError) return err;
  const e = err as { code?: string; message?: string };
  const code = e.code ?? '';
  const msg = e.message ?? String(err);
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|connect|unavailable/i.test(msg)) {
    return new StoreUnavailableError('Neo4j is unavailable', { cause: err });
  }
  if (/MemoryPoolOutOfMemoryError|TransactionOutOfMemoryError/.test(code)) {
    return new StoreResourceError('the query needed more memory than the database allows', { cause: err });
  }
  if (/TransactionTimedOut|TransactionTimedOutClientConfiguration/.test(code)) {
    return new StoreTimeoutError('the query ran past its deadline', { cause: err });
  }
  return new StoreQueryError(`Neo4j rejected a statement (${code || 'no code'})`, { cause: err });
}
