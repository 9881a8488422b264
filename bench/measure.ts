import http from 'node:http';
import type { GraphStore } from '../src/store/port.js';
import { bodyOf, type Operation } from './operations.js';

/** The p-th percentile (0..100) of samples, nearest rank. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export interface GraphQLReply {
  readonly status: number;
  readonly body: string;
}

/** A minimal keep-alive HTTP client for POST /graphql (lighter than fetch, so less of the client is timed). */
export class GraphQLClient {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  private readonly url: URL;

  /** `path`: where the endpoint is below `baseUrl` (ours: graphql; Apollo's standalone server, the peer's: the root). */
  constructor(baseUrl: string, path = 'graphql') {
    this.url = new URL(path, baseUrl);
  }

  post(body: string, headers: Record<string, string> = { 'content-type': 'application/json' }): Promise<GraphQLReply> {
    return new Promise((resolve, reject) => {
      const req = http.request(
        this.url,
        { method: 'POST', agent: this.agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } },
        (res) => {
          const chunks: Buffer[] = [];
          let done = false;
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            done = true;
            resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') });
          });
          res.on('error', reject);
          // A reply cut off mid-way emits neither 'end' nor always 'error': settle on 'close'.
          res.on('close', () => {
            if (!done) reject(new Error(`the reply was cut off (HTTP ${res.statusCode})`));
          });
        },
      );
      req.setTimeout(30_000, () => req.destroy(new Error('request timed out after 30 s')));
      req.on('error', reject);
      req.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

export type Availability = { ok: true } | { ok: false; reason: string };

/** Whether the server's schema has the operation: a validation failure is "not in schema", other errors are errors. */
export async function probe(client: GraphQLClient, op: Operation): Promise<Availability> {
  const reply = await client.post(bodyOf(op));
  let parsed: { errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    parsed = JSON.parse(reply.body);
  } catch {
    return { ok: false, reason: `error (HTTP ${reply.status}, not JSON)` };
  }
  const errors = parsed.errors ?? [];
  if (errors.length === 0 && reply.status === 200) return { ok: true };
  if (errors.some((e) => e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED')) return { ok: false, reason: 'n/a (not in schema)' };
  return { ok: false, reason: `error (${errors[0]?.extensions?.code ?? `HTTP ${reply.status}`}: ${errors[0]?.message ?? ''})`.slice(0, 160) };
}

export interface LatencyOptions {
  /** The deadline of each raw statement, the server's per-query deadline (QUERY_TIMEOUT_MS): a raw figure is never waited for longer than a GraphQL one. */
  readonly timeoutMs?: number;
  readonly warmup: number;
  readonly iterations: number;
  /** Stop early once this many milliseconds went by (after at least 3 iterations), so a slow operation at scale cannot blow the budget. */
  readonly maxMsPerSeries: number;
}

export interface Series {
  readonly p50: number;
  readonly p99: number;
  readonly n: number;
}

async function series(run: () => Promise<void>, o: LatencyOptions): Promise<Series> {
  const warmStart = performance.now();
  for (let i = 0; i < o.warmup; i++) {
    await run();
    if (performance.now() - warmStart > o.maxMsPerSeries / 4) break; // a slow operation is warm after one run
  }
  const samples: number[] = [];
  const start = performance.now();
  for (let i = 0; i < o.iterations; i++) {
    const t0 = performance.now();
    await run();
    samples.push(performance.now() - t0);
    if (samples.length >= 3 && performance.now() - start > o.maxMsPerSeries) break;
  }
  return { p50: percentile(samples, 50), p99: percentile(samples, 99), n: samples.length };
}

/** The raw lower bound: the operation's statements sent straight through the port, concurrently. */
export function measureRaw(store: GraphStore, op: Operation, o: LatencyOptions): Promise<Series> {
  return series(() => runRaw(store, op, o.timeoutMs), o);
}

/** One operation's raw statements, sent concurrently through the port, or in turn where they chain (the latency rows' and the raw throughput's unit). */
export async function runRaw(store: GraphStore, op: Pick<Operation, 'raw'>, timeoutMs?: number): Promise<void> {
  const { raw } = op;
  if ('run' in raw) await raw.run((s) => store.read(s, { timeoutMs }));
  else await Promise.all(raw.map((s) => store.read(s, { timeoutMs })));
}

/**
 * Several series side by side (an operation's raw statements, our GraphQL request, the peer's):
 * each iteration runs every one once, the order rotating, so what drifts while a row is measured
 * (a JVM's JIT still compiling, a plan cache filling, the machine's other load) weighs on each
 * alike. Measured one after the other, the later series had the warmer server: on Neo4j at 1x,
 * `search` read 4.5 ms inside a request against 2.3 ms raw measured after it, then 1.6 against
 * 1.7 once both were warm. Warm-up and the early stop as `series`, over the whole iteration.
 */
export async function interleaved(runs: readonly (() => Promise<void>)[], o: LatencyOptions): Promise<Series[]> {
  const round = async (i: number, samples?: number[][]) => {
    for (let k = 0; k < runs.length; k++) {
      const j = (i + k) % runs.length;
      const t0 = performance.now();
      await runs[j]();
      samples?.[j].push(performance.now() - t0);
    }
  };
  const warmStart = performance.now();
  for (let i = 0; i < o.warmup; i++) {
    await round(i);
    if (performance.now() - warmStart > (o.maxMsPerSeries * runs.length) / 4) break;
  }
  const samples = runs.map((): number[] => []);
  const start = performance.now();
  for (let i = 0; i < o.iterations; i++) {
    await round(i, samples);
    if (i >= 2 && performance.now() - start > o.maxMsPerSeries * runs.length) break;
  }
  return samples.map((s) => ({ p50: percentile(s, 50), p99: percentile(s, 99), n: s.length }));
}

/** The same request through HTTP GraphQL; fails on any error in a reply. */
export function measureGraphQL(client: GraphQLClient, op: Operation, o: LatencyOptions): Promise<Series> {
  return measureBody(client, op.name, bodyOf(op), o);
}

/** One POST body, timed as a series (ours or the peer's); fails on any error in a reply. */
export function measureBody(client: GraphQLClient, name: string, body: string, o: LatencyOptions): Promise<Series> {
  return series(() => postOk(client, name, body), o);
}

/** One POST; fails on any error in the reply. */
export async function postOk(client: GraphQLClient, name: string, body: string): Promise<void> {
  const reply = await client.post(body);
  if (reply.status !== 200 || reply.body.includes('"errors"')) throw new Error(`${name}: HTTP ${reply.status}: ${reply.body.slice(0, 300)}`);
}

/** The `data` of one reply; throws with the first error's message when there is any. */
export async function dataOf(client: GraphQLClient, body: string): Promise<unknown> {
  const reply = await client.post(body);
  let parsed: { data?: unknown; errors?: { message: string }[] };
  try {
    parsed = JSON.parse(reply.body);
  } catch {
    throw new Error(`HTTP ${reply.status}, not JSON: ${reply.body.slice(0, 200)}`);
  }
  if (reply.status !== 200 || parsed.errors?.length) throw new Error(`HTTP ${reply.status}: ${parsed.errors?.[0]?.message ?? reply.body.slice(0, 200)}`);
  return parsed.data;
}

/** Store round trips one request costs (the server runs in this process, requests go one at a time). */
export async function roundTripsOf(store: GraphStore, client: GraphQLClient, op: Operation): Promise<number> {
  const before = store.stats.roundTrips;
  await client.post(bodyOf(op));
  return store.stats.roundTrips - before;
}
