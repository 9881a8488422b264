import type { TemplateVars } from './cypher.js';
import type { Row } from './values.js';

export type Backend = 'kuzu' | 'neo4j';

/** A named statement from cypher/ with its parameters. */
export interface Statement {
  readonly name: string;
  readonly params?: Record<string, unknown>;
  /** Identifiers for a seed template, from the model only (see cypher.ts). */
  readonly vars?: TemplateVars;
}

export interface ReadOptions {
  /** Milliseconds the backend may spend on the statement. */
  readonly timeoutMs?: number;
}

/**
 * The graph store: the one seam between the application and a database. Resolvers
 * and repositories talk to this and never learn which backend runs.
 */
export interface GraphStore {
  readonly backend: Backend;
  /** Creates constraints, indexes or tables if missing. */
  applySchema(): Promise<void>;
  /** One read round trip. */
  read(stmt: Statement, options?: ReadOptions): Promise<Row[]>;
  /**
   * Independent reads of one request in one round trip, answered in order (Neo4j: one
   * statement, see Neo4jStore.readAll). Optional: a store without it is sent its reads
   * in parallel (Kùzu runs them on its pool of connections).
   */
  readonly readAll?: (stmts: readonly Statement[], options?: ReadOptions) => Promise<Row[][]>;
  /**
   * Rows one bulk statement (src/seeds/load.ts bulkStatements) should carry: what this
   * backend writes fastest. Unset: 100 000.
   */
  readonly bulkRows?: number;
  /** Runs the statements in order in one write transaction: all or nothing. */
  writeTransaction(stmts: readonly Statement[], options?: WriteOptions): Promise<Row[][]>;
  /** Resolves when the backend answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
  /** Round trips so far (reads and write transactions), for tests and the benchmark. */
  readonly stats: StoreStats;
}

export interface WriteOptions {
  /** Called after each statement, inside the transaction. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Called with each statement's rows, inside the transaction: a throw rolls it all back. */
  readonly verify?: (index: number, rows: Row[]) => void;
}

export interface StoreStats {
  /** Round trips to the backend: each read, each batch of readAll, each write transaction. */
  roundTrips: number;
  /** Statements run: each read, each statement of a readAll batch and of a write transaction. */
  statements: number;
}
