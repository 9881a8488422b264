import { StoreTimeoutError, StoreUnavailableError } from '../store/errors.js';
import type { GraphStore, ReadOptions, Statement, StoreStats, WriteOptions } from '../store/port.js';
import type { Row } from '../store/values.js';

/**
 * The store as one request sees it. The request has a deadline: each read is
 * given what is left of it as its backend timeout (Kùzu's query timeout, Neo4j's
 * transaction timeout), and is abandoned with StoreTimeoutError when the deadline
 * passes even if the backend has not answered (a read queued behind others, a
 * hung connection). Before the store is prepared (schema, seeds) reads fail as
 * unavailable rather than answer from a half-ready graph.
 */
export class RequestStore implements GraphStore {
  /** The inner store's readAll, under the same deadline and readiness as `read` (absent where the inner store has none). */
  readonly readAll?: (stmts: readonly Statement[], options?: ReadOptions) => Promise<Row[][]>;

  constructor(
    private readonly inner: GraphStore,
    readonly deadline: number,
    private readonly isReady: () => boolean = () => true,
  ) {
    const all = inner.readAll;
    if (all) this.readAll = (stmts, options) => this.bounded(options, (o) => all(stmts, o));
  }

  get backend() {
    return this.inner.backend;
  }

  get bulkRows() {
    return this.inner.bulkRows;
  }

  get stats(): StoreStats {
    return this.inner.stats;
  }

  /** Milliseconds left before the deadline (0 when it has passed). */
  remainingMs(): number {
    return Math.max(0, this.deadline - Date.now());
  }

  read(stmt: Statement, options?: ReadOptions): Promise<Row[]> {
    return this.bounded(options, (o) => this.inner.read(stmt, o));
  }

  private async bounded<T>(options: ReadOptions | undefined, run: (o: ReadOptions) => Promise<T>): Promise<T> {
    if (!this.isReady()) throw new StoreUnavailableError('the graph store is still being prepared');
    const left = this.remainingMs();
    if (left <= 0) throw new StoreTimeoutError('the request ran past its deadline before a read could start');
    const timeoutMs = Math.min(options?.timeoutMs ?? left, left);
    const pending = run({ ...options, timeoutMs });
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new StoreTimeoutError('the request ran past its deadline')), left);
    });
    // The read may settle after the deadline: its outcome is no longer wanted.
    pending.catch(() => undefined);
    try {
      return await Promise.race([pending, expired]);
    } finally {
      clearTimeout(timer);
    }
  }

  writeTransaction(stmts: readonly Statement[], options?: WriteOptions): Promise<Row[][]> {
    return this.inner.writeTransaction(stmts, options);
  }

  applySchema(): Promise<void> {
    return this.inner.applySchema();
  }

  ping(): Promise<void> {
    return this.inner.ping();
  }

  /** The shared store outlives the request: closing a request's view does nothing. */
  async close(): Promise<void> {}
}
