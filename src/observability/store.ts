import { SpanKind, SpanStatusCode, type Tracer } from '@opentelemetry/api';
import { StoreTimeoutError, StoreUnavailableError } from '../store/errors.js';
import type { GraphStore, ReadOptions, Statement, StoreStats, WriteOptions } from '../store/port.js';
import type { Row } from '../store/values.js';
import type { Metrics, StoreOutcome } from './metrics.js';

/** A write transaction's label: its distinct statement names in order (at most three, then `+more`). */
export function transactionName(stmts: readonly Statement[]): string {
  const names = [...new Set(stmts.map((s) => s.name))];
  if (names.length === 0) return 'empty';
  return names.length > 3 ? `${names.slice(0, 3).join('+')}+more` : names.join('+');
}

function outcomeOf(err: unknown): StoreOutcome {
  if (err instanceof StoreTimeoutError) return 'timeout';
  if (err instanceof StoreUnavailableError) return 'unavailable';
  return 'error';
}

/**
 * The GraphStore port around a real store: times every read and write transaction
 * by statement name (graph_store_* metrics) and, when tracing is on, wraps each in
 * a span named after the statement. Spans carry the backend and the statement name,
 * never the parameters, and an error only by its class (driver messages stay out).
 */
export class InstrumentedStore implements GraphStore {
  /**
   * The inner store's readAll (absent where it has none), timed as one round trip: each
   * statement of the batch is observed once, with the batch's duration; the span is named
   * after the batch (transactionName).
   */
  readonly readAll?: (stmts: readonly Statement[], options?: ReadOptions) => Promise<Row[][]>;

  constructor(
    readonly inner: GraphStore,
    readonly metrics: Metrics,
    private readonly tracer?: Tracer,
  ) {
    const all = inner.readAll;
    if (all) this.readAll = (stmts, options) => this.timed('read', stmts.map((s) => s.name), stmts.length, () => all(stmts, options));
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

  read(stmt: Statement, options?: ReadOptions): Promise<Row[]> {
    return this.timed('read', [stmt.name], 1, () => this.inner.read(stmt, options));
  }

  writeTransaction(stmts: readonly Statement[], options?: WriteOptions): Promise<Row[][]> {
    return this.timed('write', [transactionName(stmts)], stmts.length, () => this.inner.writeTransaction(stmts, options));
  }

  applySchema(): Promise<void> {
    return this.inner.applySchema();
  }

  ping(): Promise<void> {
    return this.inner.ping();
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  private async timed<T>(kind: 'read' | 'write', names: readonly string[], count: number, run: () => Promise<T>): Promise<T> {
    const backend = this.inner.backend;
    const name = names.length === 1 ? names[0] : transactionName(names.map((n) => ({ name: n })));
    const measure = async (): Promise<T> => {
      const start = performance.now();
      try {
        const out = await run();
        for (const n of names) this.metrics.observeStore(backend, n, kind, 'ok', (performance.now() - start) / 1000);
        return out;
      } catch (err) {
        for (const n of names) this.metrics.observeStore(backend, n, kind, outcomeOf(err), (performance.now() - start) / 1000);
        throw err;
      }
    };
    if (!this.tracer) return measure();
    const attributes: Record<string, string | number> = { 'db.system': backend, 'db.system.name': backend, 'db.query.summary': name };
    if (kind === 'write' || names.length > 1) attributes['db.operation.batch.size'] = count;
    return this.tracer.startActiveSpan(name, { kind: SpanKind.CLIENT, attributes }, async (span) => {
      try {
        return await measure();
      } catch (err) {
        const type = err instanceof Error ? err.name : 'Error';
        span.setAttribute('error.type', type);
        span.setStatus({ code: SpanStatusCode.ERROR, message: type });
        throw err;
      } finally {
        span.end();
      }
    });
  }
}
