import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { REPO_ROOT } from '../src/store/create.js';
import type { GraphStore } from '../src/store/port.js';
import { percentile, runRaw } from './measure.js';
import type { Operation } from './operations.js';

/** The server as its own process (`node --import tsx src/main.ts`), so its memory is measured apart from the load generator's. */
export interface ChildServer {
  readonly url: string;
  readonly pid: number;
  readonly proc: ChildProcess;
  /** Output lines kept for the report (the last 200). */
  readonly log: string[];
  /** The exit code or signal once it ended, undefined while it runs. */
  exit(): { code: number | null; signal: NodeJS.Signals | null } | undefined;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves with how it ended. */
  stop(graceMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * The server as its own process on an empty Kùzu folder of its own, which it seeds at
 * start-up with the real knowledge (the stress and soak modes): no Kùzu in the bench's
 * process. The folder is removed if the server does not start; after that, the caller's.
 */
export async function startSeededChildServer(mode: string): Promise<{ child: ChildServer; dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `cmg-bench-${mode}-`));
  try {
    return { child: await startChildServer({ NEO4J_URI: '', KUZU_PATH: dir, SEED_ON_START: 'true' }, 300_000), dir };
  } catch (err) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}

export async function startChildServer(env: Record<string, string>, timeoutMs = 120_000): Promise<ChildServer> {
  // The heap flags `npm run bench` gives this process (package.json), so the server measured here runs as `npm start` runs it.
  const heap = process.execArgv.filter((a) => a.startsWith('--max-semi-space-size='));
  const proc = spawn(process.execPath, [...heap, '--import', 'tsx', path.join('src', 'main.ts')], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'error', SEED_ON_START: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  let ended: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.once('exit', (code, signal) => resolve((ended = { code, signal }))),
  );
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) log.push(line);
    if (log.length > 200) log.splice(0, log.length - 200);
  };
  proc.stderr!.on('data', keep);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start within ${timeoutMs} ms:\n${log.join('\n')}`)), timeoutMs);
    proc.stdout!.on('data', (chunk: Buffer) => {
      keep(chunk);
      const m = /GraphiQL at (http:\/\/\S+?\/)\s/.exec(chunk.toString('utf8'));
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    void exited.then((e) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (code ${e.code}, signal ${e.signal}) before listening:\n${log.join('\n')}`));
    });
  });
  // Listening comes before the store is ready: wait for /readyz.
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await fetch(new URL('readyz', url)).then((r) => r.ok, () => false);
    if (ok) break;
    if (ended) throw new Error(`the server exited (code ${ended.code}, signal ${ended.signal}):\n${log.join('\n')}`);
    if (Date.now() > deadline) throw new Error(`the server was not ready within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    pid: proc.pid!,
    proc,
    log,
    exit: () => ended,
    async stop(graceMs = 15_000) {
      if (ended) return ended;
      proc.kill('SIGTERM');
      const timer = setTimeout(() => proc.kill('SIGKILL'), graceMs);
      const e = await exited;
      clearTimeout(timer);
      return e;
    },
  };
}

/** Resident memory of a process from /proc (Linux): current and peak (high-water mark), in MB; undefined elsewhere. */
export function memoryOf(pid: number): { rssMb: number; hwmMb: number } | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+)\\s+kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMb: kb('VmRSS') / 1024, hwmMb: kb('VmHWM') / 1024 };
  } catch {
    return undefined;
  }
}

/** Samples a process's RSS every `everyMs` until stopped; the peak seen in this window. */
export function sampleRss(pid: number, everyMs = 100): { stop(): number } {
  let peak = memoryOf(pid)?.rssMb ?? NaN;
  const timer = setInterval(() => {
    const m = memoryOf(pid);
    if (m && !(m.rssMb <= peak)) peak = m.rssMb;
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      const m = memoryOf(pid);
      if (m && !(m.rssMb <= peak)) peak = m.rssMb;
      return peak;
    },
  };
}

export interface LoadResult {
  readonly connections: number;
  readonly durationS: number;
  readonly requests: number;
  readonly rps: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly non2xx: number;
  readonly graphqlErrors: number;
  /** Socket errors and timeouts. */
  readonly transportErrors: number;
  readonly timeouts: number;
  /** Peak server RSS during this run (sampled), and the server's high-water mark after it. */
  readonly peakRssMb: number;
  readonly hwmMb: number;
  /** Counts by HTTP status and GraphQL error code, when `classify` was asked for. */
  readonly byCode?: Record<string, number>;
}

export interface LoadRequest {
  readonly body: string;
  readonly headers?: Record<string, string>;
  readonly method?: string;
  readonly path?: string;
}

/** The GraphQL error codes in a reply body ("-" when it is not JSON, [] when there are none). */
export function errorCodes(body: string): string[] {
  if (!body.includes('"errors"')) return [];
  try {
    const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] };
    return (parsed.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE');
  } catch {
    return ['UNPARSEABLE_BODY'];
  }
}

/**
 * autocannon against the server: `requests` cycle across `connections` for `durationS`.
 * Every reply body is looked at: one holding "errors" counts as a GraphQL error, even at 200.
 */
export async function runLoad(
  url: string,
  pid: number,
  requests: readonly LoadRequest[],
  connections: number,
  durationS: number,
  classify = false,
): Promise<LoadResult> {
  let graphqlErrors = 0;
  const byCode: Record<string, number> = {};
  const bump = (k: string) => (byCode[k] = (byCode[k] ?? 0) + 1);
  const onResponse = (status: number, body: string) => {
    const codes = errorCodes(body);
    if (codes.length > 0) graphqlErrors++;
    if (classify) {
      bump(`HTTP ${status}`);
      for (const c of new Set(codes)) bump(c);
    }
  };
  const rss = sampleRss(pid);
  const result = await autocannon({
    url: new URL('graphql', url).toString(),
    connections,
    duration: durationS,
    timeout: 30,
    requests: requests.map((r) => ({
      method: (r.method ?? 'POST') as 'POST',
      path: r.path ?? '/graphql',
      headers: r.headers ?? { 'content-type': 'application/json' },
      body: r.body,
      onResponse,
    })),
  });
  const peakRssMb = rss.stop();
  return {
    connections,
    durationS,
    requests: result.requests.total,
    rps: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    graphqlErrors,
    transportErrors: result.errors,
    timeouts: result.timeouts,
    peakRssMb,
    hwmMb: memoryOf(pid)?.hwmMb ?? NaN,
    byCode: classify ? byCode : undefined,
  };
}

/** The raw side of a throughput run: the operations' own statements straight through the port. */
export interface RawLoadResult extends Pick<LoadResult, 'connections' | 'durationS' | 'rps' | 'p50Ms' | 'p99Ms'> {
  /** Operations completed (each one all of its raw statements, as the latency rows run them). */
  readonly requests: number;
  readonly errors: number;
}

/**
 * The raw statements' throughput at a concurrency: `connections` workers in this
 * process, each sending the operations' raw statements (bench/operations.ts) in turn
 * through the store for `durationS`, as autocannon's connections send the GraphQL
 * requests. What a GraphQL server on this store could at best answer.
 */
export async function runRawLoad(
  store: GraphStore,
  ops: readonly Pick<Operation, 'raw'>[],
  connections: number,
  durationS: number,
  timeoutMs?: number,
): Promise<RawLoadResult> {
  const deadline = performance.now() + durationS * 1000;
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  const worker = async () => {
    while (performance.now() < deadline) {
      const op = ops[next++ % ops.length];
      const t0 = performance.now();
      try {
        await runRaw(store, op, timeoutMs);
        latencies.push(performance.now() - t0);
      } catch {
        errors++;
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, worker));
  const elapsedS = (performance.now() - started) / 1000;
  return { connections, durationS, requests: latencies.length, rps: latencies.length / elapsedS, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99), errors };
}
