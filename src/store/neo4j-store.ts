import neo4j, { type BookmarkManager, type Driver, type SessionMode, type Transaction, isInt, isNode, isRelationship, isPath } from 'neo4j-driver';
import { NODE_LABELS, REL_TYPES, isNodeLabel, isRelType, modelLabelOf, type Props } from '../domain/model.js';
import type { CypherRegistry, TemplateVars } from './cypher.js';
import { StoreConfigError, StoreError, StoreQueryError, StoreResourceError, StoreTimeoutError, StoreUnavailableError } from './errors.js';
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
 * process; a session per call, closed in `finally`; Integers, temporals and graph
 * elements normalised here; driver errors mapped to the store's own by their codes.
 *
 * Transactions are retried here, not by the driver's managed transactions: the
 * driver retries for its own `maxTransactionRetryTime` whatever the request has
 * left, so an outage would answer after the driver gave up rather than within the
 * request's deadline. `attempt` retries only what the driver calls retryable, with
 * backoff, while the deadline allows another try.
 *
 * Every session shares one bookmark manager, so a read that follows a write (the
 * seed, then the first query) sees it on a cluster or Aura too (causal consistency).
 */
export class Neo4jStore implements GraphStore {
  readonly backend = 'neo4j' as const;
  readonly stats: StoreStats = { roundTrips: 0, statements: 0 };
  private readonly driver: Driver;
  /** Shared by every session of this store (see above); tests read it. */
  readonly bookmarks: BookmarkManager = neo4j.bookmarkManager();

  constructor(private readonly cypher: CypherRegistry, private readonly options: Neo4jOptions) {
    this.driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 5_000,
      userAgent: 'critical-minerals-graph',
    });
  }

  async applySchema(): Promise<void> {
    await this.attempt(undefined, async () => {
      const session = this.session(neo4j.session.WRITE);
      try {
        // Schema commands cannot share a transaction with each other: auto-commit each.
        for (const stmt of this.cypher.statements('schema')) await session.run(stmt);
      } finally {
        await session.close();
      }
    });
  }

  async read(stmt: Statement, options?: ReadOptions): Promise<Row[]> {
    this.stats.roundTrips++;
    this.stats.statements++;
    const text = this.cypher.text(stmt.name, stmt.vars);
    const params = toNeo4jParams(stmt.params ?? {}, stmt.vars);
    const timeoutMs = options?.timeoutMs ?? this.options.defaultTimeoutMs;
    const rows = await this.attempt(timeoutMs, (remaining) =>
      this.inTransaction(neo4j.session.READ, remaining, (tx) => runIn(tx, text, params, this.seen)),
    );
    return rows;
  }

  /**
   * Several reads as one statement: each in a subquery whose rows it collects, so Neo4j
   * plans and runs one query instead of one per read (measured alone at 1x, a mineral and
   * its four fact lists, p50 of 300, two rounds: 1.8 and 1.6 ms as one statement, 6.0 and
   * 3.6 ms as five parallel reads, 3.5 and 2.6 ms as five in one transaction). Each read's text comes from the registry as it is;
   * its parameters are renamed `$q<i>_<name>`. A read's columns must be known from an
   * earlier run of the same text (`seen`): until then it runs alone, beside the batch. So does
   * a read whose text last answered over LARGE_RESULT_ROWS rows: collected into one list inside
   * the batch, listDiff's 6,000 rows at 100x took 116 ms against 88 ms alone.
   */
  readonly readAll = async (stmts: readonly Statement[], options?: ReadOptions): Promise<Row[][]> => {
    const texts = stmts.map((s) => this.cypher.text(s.name, s.vars));
    const batched = texts.flatMap((t, i) => ((this.seen.get(t)?.rows ?? Infinity) <= LARGE_RESULT_ROWS ? [i] : []));
    if (batched.length < 2) return Promise.all(stmts.map((s) => this.read(s, options)));
    const together = this.batch(batched.map((i) => stmts[i]), batched.map((i) => texts[i]), options);
    return Promise.all(stmts.map((s, i) => (batched.includes(i) ? together.then((rows) => rows[batched.indexOf(i)]) : this.read(s, options))));
  };

  /** Reads whose columns are known, as one statement (see readAll). */
  private async batch(stmts: readonly Statement[], texts: readonly string[], options?: ReadOptions): Promise<Row[][]> {
    const columns = texts.map((t) => this.seen.get(t)!.columns);
    this.stats.roundTrips++;
    this.stats.statements += stmts.length;
    const params: Record<string, unknown> = {};
    const parts = texts.map((text, i) => {
      for (const [k, v] of Object.entries(toNeo4jParams(stmts[i].params ?? {}, stmts[i].vars))) params[`q${i}_${k}`] = v;
      const body = text.replace(/\$([A-Za-z_][A-Za-z0-9_]*)/g, (_, k: string) => `$q${i}_${k}`);
      const row = columns[i].map(quoted).join(', ');
      return `CALL {\nCALL {\n${body}\n}\nRETURN collect([${row}]) AS q${i}\n}`;
    });
    const text = `${parts.join('\n')}\nRETURN ${texts.map((_, i) => `q${i}`).join(', ')}`;
    const timeoutMs = options?.timeoutMs ?? this.options.defaultTimeoutMs;
    const [row] = await this.attempt(timeoutMs, (remaining) => this.inTransaction(neo4j.session.READ, remaining, (tx) => runIn(tx, text, params)));
    return texts.map((t, i) => {
      const names = columns[i];
      const rows = ((row?.[`q${i}`] ?? []) as unknown[][]).map((values) => Object.fromEntries(names.map((n, j) => [n, values[j] ?? null])));
      this.seen.set(t, { columns: names, rows: rows.length });
      return rows;
    });
  }

  /** What each statement text answered last time, for readAll; bounded, cleared when full. */
  private readonly seen = new BoundedMap<string, Seen>(2_000);

  async writeTransaction(stmts: readonly Statement[], options?: WriteOptions): Promise<Row[][]> {
    this.stats.roundTrips++;
    this.stats.statements += stmts.length;
    // Texts first (a missing statement fails before the transaction); parameters one statement at
    // a time, so a bulk import does not hold a converted copy of all its rows at once.
    const texts = stmts.map((s) => this.cypher.text(s.name, s.vars));
    return this.attempt(undefined, () =>
      this.inTransaction(neo4j.session.WRITE, undefined, async (tx) => {
        const out: Row[][] = [];
        for (const [i, s] of stmts.entries()) {
          const rows = await runIn(tx, texts[i], toNeo4jParams(s.params ?? {}, s.vars));
          options?.verify?.(i, rows);
          options?.onProgress?.(i + 1, stmts.length);
          out.push(rows);
        }
        return out;
      }),
    );
  }

  async ping(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.options.database });
    } catch (err) {
      throw mapNeo4jError(err, this.options);
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private session(mode: SessionMode) {
    return this.driver.session({ database: this.options.database, defaultAccessMode: mode, bookmarkManager: this.bookmarks });
  }

  /** One explicit transaction, committed when `work` resolves, rolled back when it throws. */
  private async inTransaction<T>(mode: SessionMode, timeoutMs: number | undefined, work: (tx: Transaction) => Promise<T>): Promise<T> {
    const session = this.session(mode);
    try {
      const tx = session.beginTransaction(timeoutMs !== undefined ? { timeout: Math.max(1, Math.ceil(timeoutMs)) } : undefined);
      try {
        const out = await work(tx);
        await tx.commit();
        return out;
      } catch (err) {
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
        throw err;
      }
    } finally {
      await session.close();
    }
  }

  /**
   * Runs `work` and retries it while the driver says the failure is transient and
   * the deadline (`budgetMs` from now; none for writes and schema, which the driver
   * would retry for 30 s) leaves room for another try. `work` gets the time left.
   */
  private async attempt<T>(budgetMs: number | undefined, work: (remainingMs: number | undefined) => Promise<T>): Promise<T> {
    const until = Date.now() + (budgetMs ?? RETRY.writeBudgetMs);
    let delay: number = RETRY.firstDelayMs;
    for (let tries = 1; ; tries++) {
      const remaining = until - Date.now();
      try {
        return await work(budgetMs === undefined ? undefined : Math.max(1, remaining));
      } catch (err) {
        const left = until - Date.now();
        if (!neo4j.isRetryableError(err as Error) || left <= delay || tries >= RETRY.maxTries) throw mapNeo4jError(err, this.options);
        await new Promise((r) => setTimeout(r, delay));
        delay = Math.min(delay * 2, RETRY.maxDelayMs);
      }
    }
  }
}

/** Retry policy of `attempt`: a read's budget is its deadline; writes and schema get `writeBudgetMs`. */
export const RETRY = { firstDelayMs: 100, maxDelayMs: 2_000, maxTries: 8, writeBudgetMs: 30_000 } as const;

/** A column name as a variable of the outer query (backquoted: a column may be named `count(n)`). */
const quoted = (name: string) => `\`${name.replace(/`/g, '``')}\``;

/** Rows above which a read's last answer keeps it out of a readAll batch. */
const LARGE_RESULT_ROWS = 1_000;

/** A statement text's last answer: its columns, as Neo4j named them, and how many rows. */
interface Seen {
  readonly columns: readonly string[];
  readonly rows: number;
}

/** A map that forgets everything when it reaches its size (a cache of statement shapes: few, but request-driven). */
class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly limit: number) {
    super();
  }
  override set(k: K, v: V): this {
    if (this.size >= this.limit && !this.has(k)) this.clear();
    return super.set(k, v);
  }
}

async function runIn(tx: Transaction, text: string, params: Record<string, unknown>, seen?: Map<string, Seen>): Promise<Row[]> {
  const result = tx.run(text, params);
  const columns = seen ? await result.keys() : [];
  const res = await result;
  seen?.set(text, { columns, rows: res.records.length });
  return res.records.map((rec) => {
    const row: Row = {};
    for (const key of rec.keys) row[String(key)] = fromNeo4j(rec.get(key));
    return row;
  });
}

/**
 * Parameters as Neo4j should store and compare them. The rows of a seed template
 * (`vars` names its label or type) take each property's type from the model: a
 * DOUBLE goes as a float even when whole (100, not the Integer 100, so a property
 * has one type across the graph), an INT64 as an Integer. Anything else that is a
 * whole number goes as an Integer (LIMIT and SKIP need them; comparisons with floats
 * are numeric either way).
 */
export function toNeo4jParams(v: Record<string, unknown>, vars?: TemplateVars): Record<string, unknown> {
  const conv = (x: unknown): unknown => {
    if (typeof x === 'number' && Number.isSafeInteger(x)) return neo4j.int(x);
    if (Array.isArray(x)) return x.map(conv);
    if (x && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, y]) => [k, conv(y)]));
    return x;
  };
  const props = vars ? templateProps(vars) : undefined;
  if (!props || !Array.isArray(v.rows)) return conv(v) as Record<string, unknown>;
  const typed = (k: string, x: unknown): unknown => {
    const t = props[k];
    if (typeof x !== 'number') return conv(x);
    if (t === 'DOUBLE') return x; // the driver sends a JS number as a float
    if (t === 'INT64') {
      if (!Number.isSafeInteger(x)) throw new Error(`property ${k} is INT64 in the model; got ${x}`);
      return neo4j.int(x);
    }
    return conv(x);
  };
  const rows = (v.rows as Record<string, unknown>[]).map((r) => Object.fromEntries(Object.entries(r).map(([k, x]) => [k, typed(k, x)])));
  return { ...(conv({ ...v, rows: [] }) as Record<string, unknown>), rows };
}

/** The model's property types for a seed template's label or relationship type. */
function templateProps(vars: TemplateVars): Props | undefined {
  if (vars.TYPE !== undefined && isRelType(vars.TYPE)) return REL_TYPES[vars.TYPE].props;
  if (vars.Label !== undefined && isNodeLabel(vars.Label)) return NODE_LABELS[vars.Label];
  return undefined;
}

export function fromNeo4j(v: unknown): unknown {
  // Text, numbers and booleans first, and lists: most values of most rows (listDiff's 600 rows at
  // 10x spent 2.7 ms a request here, half of it in the driver's isNode and isRelationship checks).
  if (typeof v !== 'object') return typeof v === 'bigint' ? Number(v) : v === undefined ? null : v;
  if (v === null) return null;
  if (Array.isArray(v)) return v.map(fromNeo4j);
  if (isInt(v)) return v.inSafeRange() ? v.toNumber() : v.toString();
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
  // Temporal values print as ISO 8601 through toString().
  const o = v as { toString(): string; constructor?: { name?: string } };
  const ctor = o.constructor?.name ?? '';
  if (['Date', 'DateTime', 'LocalDateTime', 'LocalTime', 'Time', 'Duration'].includes(ctor)) return o.toString();
  return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, fromNeo4j(x)]));
}

/** What to tell an operator whose settings Neo4j refuses: which setting, and what to do. */
function configMessage(code: string, s?: Pick<Neo4jOptions, 'uri' | 'user' | 'database'>): string {
  const at = s ? ` at ${s.uri}` : '';
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return `Neo4j${at} has no database "${s?.database ?? '?'}": set NEO4J_DATABASE to one it has (Neo4j Community has only "neo4j")`;
  }
  if (code === 'Neo.ClientError.Security.CredentialsExpired') {
    return `Neo4j${at} wants the password of "${s?.user ?? '?'}" changed before it may query: change it (Neo4j Browser or cypher-shell), then set NEO4J_PASSWORD`;
  }
  return `Neo4j${at} refused the credentials of user "${s?.user ?? '?'}" (${code}): check NEO4J_USER and NEO4J_PASSWORD`;
}

/** Neo4j status codes (and the driver's own) that say which store error a failure is. */
const CODES = {
  unavailable: new Set([neo4j.error.SERVICE_UNAVAILABLE, neo4j.error.SESSION_EXPIRED, 'Neo.TransientError.General.DatabaseUnavailable']),
  config: new Set([
    'Neo.ClientError.Security.Unauthorized',
    'Neo.ClientError.Security.AuthenticationRateLimit',
    'Neo.ClientError.Security.CredentialsExpired',
    'Neo.ClientError.Database.DatabaseNotFound',
  ]),
  timeout: new Set([
    'Neo.ClientError.Transaction.TransactionTimedOut',
    'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  ]),
  memory: new Set([
    'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
    'Neo.TransientError.General.TransactionMemoryLimit',
    'Neo.TransientError.General.OutOfMemoryError',
  ]),
} as const;

/**
 * A driver failure as the store's own error, by its code alone (messages vary with
 * versions and locales). Transient codes that survived the retries mean the database
 * cannot serve now: unavailable, as an outage is.
 */
export function mapNeo4jError(err: unknown, settings?: Pick<Neo4jOptions, 'uri' | 'user' | 'database'>): StoreError {
  if (err instanceof StoreError) return err;
  const code = (err as { code?: unknown })?.code;
  const c = typeof code === 'string' ? code : '';
  if (CODES.timeout.has(c)) return new StoreTimeoutError('the query ran past its deadline', { cause: err });
  if (CODES.memory.has(c)) return new StoreResourceError('the query needed more memory than the database allows', { cause: err });
  if (CODES.config.has(c)) return new StoreConfigError(configMessage(c, settings), { cause: err });
  if (CODES.unavailable.has(c) || c.startsWith('Neo.TransientError.')) return new StoreUnavailableError(`Neo4j is unavailable (${c})`, { cause: err });
  return new StoreQueryError(`Neo4j rejected a statement (${c || 'no code'})`, { cause: err });
}
