import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import kuzu from 'kuzu';
import { bulkColumns, encodeTemplateRows, type CypherRegistry } from './cypher.js';
import { makeBulkFolder, writeBulkCsv } from './kuzu-csv.js';
import { StoreConfigError, StoreError, StoreQueryError, StoreResourceError, StoreTimeoutError, StoreUnavailableError } from './errors.js';
import type { GraphStore, ReadOptions, Statement, StoreStats, WriteOptions } from './port.js';
import type { GraphNode, GraphRel, Row } from './values.js';

export interface KuzuOptions {
  /** A database folder, or `:memory:`. */
  readonly path: string;
  readonly bufferPoolMb: number;
  /** Connections for concurrent reads. */
  readonly readConnections?: number;
  readonly defaultTimeoutMs?: number;
}

type Conn = InstanceType<typeof kuzu.Connection>;

type Prepared = InstanceType<typeof kuzu.PreparedStatement>;
interface Reader {
  conn: Conn;
  cache: Map<string, Prepared>;
  /** The tail of this connection's queue: queries on one connection run one after another. */
  queue: Promise<void>;
  pending: number;
}

/**
 * The embedded Kùzu adapter: the only module that talks to the kuzu package.
 * Reads queue on the least busy of a few connections (a Kùzu connection runs one
 * query at a time); writes go through one connection,
 * one transaction at a time (Kùzu allows a single writer). Prepared statements are
 * cached per connection; values leave here as plain JSON-like data.
 */
export class KuzuStore implements GraphStore {
  readonly backend = 'kuzu' as const;
  /**
   * One COPY per table: Kùzu builds a relationship table's storage fastest from a single COPY
   * into an empty table. Measured at 300x, 403,052 RESERVES facts in one transaction with the
   * other synthetic tables, its commit: 1.0 s with one COPY into the empty table; 33 s with
   * COPYs of 100,000 rows; 43 s with one COPY into the table holding the real 1,348.
   */
  readonly bulkRows = Number.POSITIVE_INFINITY;
  readonly stats: StoreStats = { roundTrips: 0, statements: 0 };
  private readonly db: InstanceType<typeof kuzu.Database>;
  private readonly readers: Reader[];
  private readonly writer: { conn: Conn; cache: Map<string, Prepared> };
  private writeChain: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(private readonly cypher: CypherRegistry, private readonly options: KuzuOptions) {
    let dbPath = options.path;
    if (dbPath !== ':memory:') {
      fs.mkdirSync(dbPath, { recursive: true });
      dbPath = path.join(dbPath, 'graph.kuzu');
    }
    this.db = new kuzu.Database(dbPath, options.bufferPoolMb * 1024 * 1024, true, false, 64 * 1024 ** 3);
    const n = Math.max(1, options.readConnections ?? 4);
    this.readers = Array.from({ length: n }, () => ({ conn: new kuzu.Connection(this.db), cache: new Map(), queue: Promise.resolve(), pending: 0 }));
    this.writer = { conn: new kuzu.Connection(this.db), cache: new Map() };
  }

  async applySchema(): Promise<void> {
    await this.serialWrite(async () => {
      for (const stmt of this.cypher.statements('schema')) {
        await this.guard(() => command(this.writer.conn, stmt));
      }
    });
  }

  async read(stmt: Statement, options?: ReadOptions): Promise<Row[]> {
    this.assertOpen();
    this.stats.roundTrips++;
    this.stats.statements++;
    const text = this.cypher.text(stmt.name, stmt.vars);
    const timeout = options?.timeoutMs ?? this.options.defaultTimeoutMs;
    return this.onReader((r) => this.run(r, text, stmt.params ?? {}, timeout));
  }

  async writeTransaction(stmts: readonly Statement[], options?: WriteOptions): Promise<Row[][]> {
    this.assertOpen();
    this.stats.roundTrips++;
    this.stats.statements += stmts.length;
    return this.serialWrite(async () => {
      const conn = this.writer.conn;
      let files: string | undefined;
      await this.guard(() => command(conn, 'BEGIN TRANSACTION'));
      try {
        const out: Row[][] = [];
        for (const [i, s] of stmts.entries()) {
          let rows: Row[];
          if (this.cypher.readsFile(s.name)) {
            files ??= makeBulkFolder(os.tmpdir());
            rows = await this.copyFromFile(s, path.join(files, `${i}.csv`));
          } else {
            const params = s.vars ? encodeTemplateRows(s.params ?? {}) : (s.params ?? {});
            rows = await this.run(this.writer, this.cypher.text(s.name, s.vars), params);
          }
          options?.verify?.(i, rows);
          options?.onProgress?.(i + 1, stmts.length);
          out.push(rows);
        }
        await this.guard(() => command(conn, 'COMMIT'));
        return out;
      } catch (err) {
        await command(conn, 'ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        if (files) fs.rmSync(files, { recursive: true, force: true });
      }
    });
  }

  /**
   * A bulk statement (cypher/kuzu/seed/bulk-*): its rows go to a CSV file, which COPY
   * reads inside the open transaction. Answers `written` as the merges do, from COPY's
   * "N tuples have been copied" line, so the loader's count check holds here too.
   */
  private async copyFromFile(s: Statement, file: string): Promise<Row[]> {
    const rows = (s.params?.rows ?? []) as Record<string, unknown>[];
    const vars = s.vars ?? {};
    const csv = writeBulkCsv(file, rows, bulkColumns(vars), vars.TYPE !== undefined);
    const text = this.cypher.text(s.name, { ...vars, File: file, Parallel: csv.parallel });
    const result = await this.guard(() => this.writer.conn.query(text));
    const results = Array.isArray(result) ? result : [result];
    try {
      const [row] = await allRows(results[results.length - 1]);
      const copied = /^(\d+) tuples have been copied/.exec(String(row?.result ?? ''));
      if (!copied) throw new StoreQueryError(`Kùzu's COPY answered no count: ${String(row?.result).slice(0, 200)}`);
      return [{ written: Number(copied[1]) }];
    } finally {
      for (const r of results) r.close();
    }
  }

  async ping(): Promise<void> {
    this.assertOpen();
    await this.onReader((r) => this.guard(() => command(r.conn, 'RETURN 1 AS ok')));
  }

  /** A Kùzu connection runs one query at a time (two at once can hang): queue on the least busy one. */
  private async onReader<T>(fn: (r: Reader) => Promise<T>): Promise<T> {
    const r = this.readers.reduce((a, b) => (b.pending < a.pending ? b : a));
    r.pending++;
    const run = r.queue.then(() => fn(r));
    r.queue = run.then(
      () => undefined,
      () => undefined,
    );
    try {
      return await run;
    } finally {
      r.pending--;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.writeChain.catch(() => undefined);
    await Promise.all(this.readers.map((r) => r.queue));
    for (const r of [...this.readers, this.writer]) await r.conn.close().catch(() => undefined);
    await this.db.close().catch(() => undefined);
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreUnavailableError('the Kùzu store is closed');
  }

  private serialWrite<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.writeChain.then(fn, fn);
    this.writeChain = run.catch(() => undefined);
    return run;
  }

  private async run(
    c: { conn: Conn; cache: Map<string, Prepared> },
    text: string,
    params: Record<string, unknown>,
    timeoutMs?: number,
  ): Promise<Row[]> {
    let ps = c.cache.get(text);
    if (!ps) {
      ps = await this.guard(() => c.conn.prepare(text));
      if (!ps.isSuccess()) throw new StoreQueryError(`Kùzu could not prepare a statement: ${ps.getErrorMessage()}`);
      c.cache.set(text, ps);
    }
    if (timeoutMs !== undefined && timeoutMs > 0) c.conn.setQueryTimeout(timeoutMs);
    const result = await this.guard(() => c.conn.execute(ps, toKuzuParams(params) as Parameters<Conn['execute']>[1]));
    const results = Array.isArray(result) ? result : [result];
    const last = results[results.length - 1];
    try {
      const rows = await allRows(last);
      return rows.map((row) => normaliseRow(row));
    } finally {
      for (const r of results) r.close();
    }
  }

  private async guard<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      throw mapKuzuError(err);
    }
  }
}

/** Runs a statement that returns nothing of interest, closing its results at once (see close()). */
async function command(conn: Conn, text: string): Promise<void> {
  const result = await conn.query(text);
  for (const r of Array.isArray(result) ? result : [result]) r.close();
}

/** Kùzu rejects null parameters and empty lists of structs; callers avoid both, this catches the rest. */
function toKuzuParams(params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) {
    if (v === null || v === undefined) throw new StoreQueryError(`parameter $${k} is null: Kùzu takes no null parameters`);
    out[k] = v;
  }
  return out;
}

/** Rows read synchronously between two turns of the event loop (see allRows). */
const ROWS_PER_TURN = 2_000;

/**
 * Every row of an executed result. Kùzu holds the whole result in memory once execute
 * resolves; the binding's getAll() still fetches each row on a worker thread (a thread
 * pool hop and a promise per row: about 40 µs, 240 ms for 6,000 rows of three ids, where
 * counting them took 3.6 ms). Reading synchronously costs microseconds per row; a large
 * result yields to the event loop every ROWS_PER_TURN rows so other requests still run.
 */
async function allRows(result: kuzu.QueryResult): Promise<Row[]> {
  result.resetIterator();
  const rows: Row[] = [];
  while (result.hasNext()) {
    rows.push(result.getNextSync() as Row);
    if (rows.length % ROWS_PER_TURN === 0) await yieldToLoop();
  }
  return rows;
}

export function mapKuzuError(err: unknown): StoreError {
  if (err instanceof StoreError) return err;
  const msg = err instanceof Error ? err.message : String(err);
  if (/interrupted|timeout/i.test(msg)) return new StoreTimeoutError('the query ran past its deadline', { cause: err });
  if (/buffer pool is full|unable to allocate memory/i.test(msg)) return new StoreResourceError('the query needed more memory than the buffer pool holds', { cause: err });
  const locked = /Could not set lock on file\s*:\s*(.+?)\s*(?:\n|$)/.exec(msg);
  if (locked) {
    const folder = path.dirname(locked[1]);
    return new StoreConfigError(
      `the Kùzu folder ${folder} is locked by another process (one process per database folder): stop the other server using it, or set KUZU_PATH to another folder`,
      { cause: err },
    );
  }
  if (/closed|not initialized/i.test(msg)) return new StoreUnavailableError(`Kùzu is unavailable: ${msg}`, { cause: err });
  return new StoreQueryError(`Kùzu rejected a statement: ${msg}`, { cause: err });
}

function refOf(id: unknown): string {
  const o = id as { offset?: unknown; table?: unknown } | null;
  return o && typeof o === 'object' ? `${String(o.table)}:${String(o.offset)}` : String(id);
}

function normaliseValue(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return v.map(normaliseValue);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('_label' in o && '_id' in o) {
      const props: Record<string, unknown> = {};
      for (const [k, val] of Object.entries(o)) {
        if (!k.startsWith('_') && val !== null) props[k] = normaliseValue(val);
      }
      if ('_src' in o && '_dst' in o) {
        const rel: GraphRel = { kind: 'rel', ref: refOf(o._id), type: String(o._label), fromRef: refOf(o._src), toRef: refOf(o._dst), props };
        return rel;
      }
      const node: GraphNode = { kind: 'node', ref: refOf(o._id), label: String(o._label), props };
      return node;
    }
    if ('_nodes' in o && '_rels' in o) {
      return { nodes: normaliseValue(o._nodes), rels: normaliseValue(o._rels) };
    }
    const out: Record<string, unknown> = {};
    for (const [k, val] of Object.entries(o)) out[k] = normaliseValue(val);
    return out;
  }
  return v;
}

function normaliseRow(row: Row): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) out[k] = normaliseValue(v);
  return out;
}
