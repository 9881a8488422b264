import { startServer, type RunningServer, type ServerOptions } from '../../src/http/server.js';
import { createLogger, type Logger } from '../../src/log.js';
import { StoreUnavailableError } from '../../src/store/errors.js';
import type { GraphStore, ReadOptions, Statement, StoreStats, WriteOptions } from '../../src/store/port.js';
import type { Row } from '../../src/store/values.js';

export { seededStore } from '../support/stores.js';

/** The real HTTP server on port 0, with a helper to POST JSON to /graphql. */
export async function serve(opts: Partial<ServerOptions> & { store: GraphStore }) {
  const server: RunningServer = await startServer({ logger: createLogger('silent'), port: 0, host: '127.0.0.1', ...opts });
  const base = `http://127.0.0.1:${server.port}`;
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const gql = async (query: string, variables?: Record<string, unknown>) => {
    const res = await post({ query, variables });
    return { status: res.status, body: (await res.json()) as any };
  };
  return { server, base, post, gql };
}

/** A logger that keeps every line, to check what the log holds. */
export function memoryLogger(): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  return { logger: createLogger('debug', (l) => lines.push(JSON.parse(l))), lines };
}

export type Mode = 'up' | 'down' | 'hang';

/**
 * A test double of the GraphStore port around a real store: `down` fails every
 * read and ping as an unreachable backend does, `hang` never answers, `delayMs`
 * slows each read. It records the timeout each read was given.
 */
export class ControlledStore implements GraphStore {
  mode: Mode = 'up';
  /** When set, every read throws it (as a backend that rejects statements would). */
  failWith?: Error;
  delayMs = 0;
  /** Per read (in order), a delay that overrides delayMs; `Infinity` hangs. */
  delays: number[] = [];
  readonly reads: { name: string; timeoutMs?: number }[] = [];

  constructor(private readonly inner: GraphStore) {}

  get backend() {
    return this.inner.backend;
  }
  get stats(): StoreStats {
    return this.inner.stats;
  }

  async read(stmt: Statement, options?: ReadOptions): Promise<Row[]> {
    const i = this.reads.push({ name: stmt.name, timeoutMs: options?.timeoutMs }) - 1;
    const delay = this.delays[i] ?? (this.mode === 'hang' ? Infinity : this.delayMs);
    if (delay === Infinity) return new Promise<Row[]>(() => undefined);
    if (delay > 0) await new Promise((r) => setTimeout(r, delay));
    if (this.mode === 'down') throw new StoreUnavailableError('connection refused (test double)');
    if (this.failWith) throw this.failWith;
    return this.inner.read(stmt, options);
  }
  writeTransaction(stmts: readonly Statement[], options?: WriteOptions): Promise<Row[][]> {
    return this.inner.writeTransaction(stmts, options);
  }
  async applySchema(): Promise<void> {
    if (this.mode === 'down') throw new StoreUnavailableError('connection refused (test double)');
    return this.inner.applySchema();
  }
  async ping(): Promise<void> {
    if (this.mode === 'down') throw new StoreUnavailableError('connection refused (test double)');
    if (this.mode === 'hang') return new Promise<void>(() => undefined);
    return this.inner.ping();
  }
  close(): Promise<void> {
    return this.inner.close();
  }
}

/** mulberry32: a small seeded PRNG, so a failing run can be replayed from its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What only internals would put in a response: stack frames, Cypher, driver and engine words. */
const LEAK_WORDS = /\bat [^\s()]+\.(ts|js|mjs|cjs):\d+|stacktrace|Kùzu|\bKuzu\b|Binder exception|Parser exception|Runtime exception|Catalog exception|\bneo4j\b|Neo4jError|ECONNREFUSED|StoreQueryError|StoreError|\bcypher\b/i;
const CYPHER_TEXT = /\bMATCH\s*\(|\bRETURN\s+[a-z]|\bDETACH DELETE\b|\bUNWIND \$/;

/** The first internal-looking text in a response body, or undefined. */
export function leak(text: string): string | undefined {
  return (LEAK_WORDS.exec(text) ?? CYPHER_TEXT.exec(text))?.[0];
}
