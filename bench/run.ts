import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from '../src/http/server.js';
import { createLogger } from '../src/log.js';
import { REPO_ROOT } from '../src/store/create.js';
import type { Backend } from '../src/store/port.js';
import { parseArgs, type BenchArgs } from './args.js';
import { BENCH_STATEMENTS } from '../src/store/statements/bench.js';
import type { GraphStore } from '../src/store/port.js';
import { SkipError, kuzuGraph, neo4jGraph, removeLiveDirs, type BenchGraph } from './graphs.js';
import { runLoad, runRawLoad, startChildServer, type LoadResult, type RawLoadResult } from './load.js';
import { GraphQLClient, dataOf, interleaved, measureGraphQL, measureRaw, postOk, probe, roundTripsOf, runRaw, type Series } from './measure.js';
import { stopLocalNeo4js } from './neo4j-local.js';
import { OPERATIONS, bodyOf, type Operation, type PeerFixed } from './operations.js';
import { PEER_VERSION, comparePeer, startPeer, type PeerCheck, type RunningPeer } from './peer.js';
import { runSoak, type SoakReport } from './soak.js';
import { runStress, type StressReport } from './stress.js';
import { renderTable, runRender } from './render.js';
import { browserUnavailable } from '../tools/browser/chromium.js';
import { latencyTable, soakTable, stressTable, throughputTable } from './table.js';

/**
 * `npm run bench`: every operation of bench/operations.ts on every backend and scale,
 * raw (straight through the port) against GraphQL over HTTP; then autocannon against
 * the server as a child process. `--stress`: fuzzed requests and sustained load instead;
 * `--soak`: the operation mix for ten minutes, memory over time.
 * Prints tables and writes bench/results/<timestamp>.json. See bench/README.md.
 */
export interface LatencyRow {
  readonly operation: string;
  readonly backend: Backend;
  readonly scale: number;
  readonly status: string;
  readonly raw?: Series;
  readonly graphql?: Series;
  /** GraphQL p50 / raw p50, both measured in this run. */
  readonly ratio?: number;
  readonly roundTrips?: number;
  readonly rawRoundTrips: number;
  /** Neo4j rows: the same operation through the peer (the Neo4j GraphQL Library) over HTTP, same run. */
  readonly peer?: Series;
  /** Neo4j rows: 'ok', or why there is no peer figure ("n/a (peer cannot express: ...)", an error). */
  readonly peerStatus?: string;
  /** Our GraphQL p50 / the peer's p50: above 1, ours is slower. */
  readonly oursPerPeer?: number;
  /** Whether the peer answered with our ids (see PeerCheck). */
  readonly peerCheck?: PeerCheck;
}

export interface ThroughputRow extends LoadResult {
  readonly backend: Backend;
  readonly scale: number;
  readonly operations: string[];
  /** Available operations left out of the mix for being slower than SLOW_FOR_LOAD_MS at p50. */
  readonly excluded: string[];
  /** The same operations' raw statements through the port at the same concurrency, same graph, just before. */
  readonly raw?: RawLoadResult;
  /** GraphQL req/s over raw req/s. */
  readonly ofRaw?: number;
}

export interface GraphInfo {
  readonly backend: Backend;
  readonly scale: number;
  readonly nodes?: number;
  readonly relationships?: number;
  readonly loadMs?: number;
  /** The synthetic copies' share of loadMs and how many write transactions they took. */
  readonly syntheticMs?: number;
  readonly syntheticTransactions?: number;
  /** Which Neo4j server held the graph. */
  readonly server?: string;
  readonly skipped?: string;
  readonly serverExit?: string;
}

/** The server's default deadline per store query (QUERY_TIMEOUT_MS), for the in-process server too. */
const QUERY_TIMEOUT_MS = 10_000;
/** Operations slower than this (GraphQL p50) stay out of the throughput mix: one would hold every connection. */
const SLOW_FOR_LOAD_MS = 1_000;

const log = (msg: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);

async function openGraph(backend: Backend, scale: number, fullCopies: boolean): Promise<BenchGraph> {
  return backend === 'kuzu' ? kuzuGraph(scale, fullCopies) : neo4jGraph(scale, fullCopies, (m) => log(`  ${m}`));
}

interface Peer {
  readonly client: GraphQLClient;
  readonly fixed: PeerFixed;
  readonly server: RunningPeer;
}

async function openPeer(g: BenchGraph, store: GraphStore): Promise<Peer | string> {
  if (!g.neo4j) return 'n/a (no Neo4j target)';
  let server: RunningPeer | undefined;
  try {
    server = await startPeer(g.neo4j);
    const [row] = await store.read({ name: BENCH_STATEMENTS.benchPeerFixed, params: { importer: 'USA', mineral: 'gallium' } });
    const fixed: PeerFixed = { relianceYear: Number(row?.relianceYear), sourcePeriod: String(row?.sourcePeriod), productionYear: Number(row?.productionYear) };
    log(`  peer (@neo4j/graphql) at ${server.url}; fixed values: reliance year ${fixed.relianceYear}, import-source period ${fixed.sourcePeriod}, gallium production year ${fixed.productionYear}`);
    return { client: new GraphQLClient(server.url, ''), fixed, server };
  } catch (err) {
    await server?.close();
    return `peer error: ${(err as Error).message.slice(0, 120)}`;
  }
}

/** A failure of the peer's request while it is timed beside ours. */
class PeerFailure extends Error {}

/**
 * The peer's side of one row before it is timed: its request (`run`, timed beside ours by
 * interleaved) and the id check against our answer, or why there is none.
 */
async function preparePeer(
  peer: Peer | string,
  op: Operation,
  client: GraphQLClient,
): Promise<{ peerStatus: string; peerCheck?: PeerCheck; run?: () => Promise<void> }> {
  if ('cannot' in op.peer) return { peerStatus: `n/a (peer cannot express: ${op.peer.cannot})` };
  if (typeof peer === 'string') return { peerStatus: peer };
  const p = op.peer;
  let ours: string[] | string = 'our answer has no ids to compare';
  if (op.ids) {
    try {
      ours = op.ids(await dataOf(client, bodyOf(op)));
    } catch (err) {
      ours = `our answer: ${(err as Error).message.slice(0, 120)}`;
    }
  }
  const body = JSON.stringify({ query: p.query, variables: p.variables?.(peer.fixed) ?? {} });
  let peerIds: string[];
  try {
    peerIds = p.ids(await dataOf(peer.client, body));
  } catch (err) {
    return { peerStatus: `peer error: ${(err as Error).message.slice(0, 140)}` };
  }
  const check =
    typeof ours === 'string'
      ? { mode: p.check, ok: false, ours: 0, peer: peerIds.length, onlyOurs: [], onlyPeer: [], error: ours }
      : comparePeer(p.check, ours, peerIds);
  return { peerStatus: 'ok', peerCheck: check, run: () => postOk(peer.client, `${op.name} (peer)`, body) };
}

function childEnv(backend: Backend, g: BenchGraph): Record<string, string> {
  // A Kùzu child must not inherit NEO4J_URI (it would serve Neo4j instead).
  return backend === 'kuzu' ? { NEO4J_URI: '', ...g.serverEnv } : g.serverEnv;
}

/** The HTTP and GraphQL cost of a request that reads nothing: what every GraphQL p50 includes and no raw p50 does. */
const FLOOR = 'floor: { __typename }';

async function latencies(g: BenchGraph, args: BenchArgs): Promise<{ rows: LatencyRow[]; available: Operation[] }> {
  const store = g.open();
  const server = await startServer({ store, logger: createLogger('silent'), port: 0, host: '127.0.0.1', queryTimeoutMs: QUERY_TIMEOUT_MS });
  const client = new GraphQLClient(server.url);
  const rows: LatencyRow[] = [];
  const available: Operation[] = [];
  const o = { warmup: args.warmup, iterations: args.iterations, maxMsPerSeries: args.maxSeriesMs, timeoutMs: QUERY_TIMEOUT_MS };
  // On Neo4j, the peer serves the same database from this process too, measured beside ours.
  const peer = g.backend === 'neo4j' ? await openPeer(g, store) : undefined;
  if (typeof peer === 'string') log(`  ${peer}`);
  try {
    for (const op of OPERATIONS) {
      const base = { operation: op.name, backend: g.backend, scale: g.scale, rawRoundTrips: 'run' in op.raw ? op.raw.statements : op.raw.length };
      const raw = () => runRaw(store, op, o.timeoutMs);
      try {
        await raw();
      } catch (err) {
        rows.push({ ...base, status: `raw error: ${(err as Error).message.slice(0, 120)}` });
        continue;
      }
      // A reply that never comes (a server stuck past its own deadline) fails this row, not the run.
      const avail = await probe(client, op).catch((err: Error) => ({ ok: false as const, reason: `error: ${err.message.slice(0, 120)}` }));
      let row: LatencyRow;
      if (!avail.ok) {
        row = { ...base, status: avail.reason, raw: await measureRaw(store, op, o) };
        log(`  ${op.name}: raw p50 ${row.raw!.p50.toFixed(2)} ms; GraphQL ${avail.reason}`);
      } else {
        // The peer's request and its id check first, so its series is measured beside ours.
        const peerPart = peer === undefined ? undefined : await preparePeer(peer, op, client);
        const ours = () => postOk(client, op.name, bodyOf(op));
        try {
          // Raw, ours and the peer's side by side (see interleaved); a failing peer leaves ours measured without it.
          const peerRun = peerPart?.run;
          let series: Series[];
          try {
            series = await interleaved(peerRun ? [raw, ours, () => peerRun().catch((err: Error) => Promise.reject(new PeerFailure(err.message)))] : [raw, ours], o);
          } catch (err) {
            if (!(err instanceof PeerFailure) || !peerPart) throw err;
            peerPart.peerStatus = `peer error: ${err.message.slice(0, 140)}`;
            delete peerPart.run;
            series = await interleaved([raw, ours], o);
          }
          const [rawSeries, graphql, peerSeries] = series;
          const roundTrips = await roundTripsOf(store, client, op);
          row = { ...base, status: 'ok', raw: rawSeries, graphql, ratio: graphql.p50 / rawSeries.p50, roundTrips };
          if (graphql.p50 <= SLOW_FOR_LOAD_MS) available.push(op);
          log(`  ${op.name}: raw p50 ${rawSeries.p50.toFixed(2)} ms, GraphQL p50 ${graphql.p50.toFixed(2)} ms, ${roundTrips} round trips`);
          if (peerPart) {
            const { run: _, ...part } = peerPart;
            row = { ...row, ...part, ...(peerSeries && { peer: peerSeries, oursPerPeer: graphql.p50 / peerSeries.p50 }) };
            if (peerSeries) log(`  ${op.name}: peer p50 ${peerSeries.p50.toFixed(2)} ms${row.peerCheck && !row.peerCheck.ok ? ' (WARNING: the peer\'s ids differ from ours)' : ''}`);
          }
        } catch (err) {
          // Which side failed is in the message (postOk names the request; a raw failure is the store's).
          row = { ...base, status: `error: ${(err as Error).message.slice(0, 160)}`, ...(peerPart && { peerStatus: peerPart.peerStatus }) };
        }
      }
      rows.push(row);
    }
    // The floor every GraphQL figure stands on: an HTTP request that reads nothing from the store.
    const floor = await measureGraphQL(client, { name: FLOOR, query: '{ __typename }', raw: [], peer: { cannot: 'not an operation' } }, o);
    rows.push({ operation: FLOOR, backend: g.backend, scale: g.scale, rawRoundTrips: 0, status: 'ok', graphql: floor, roundTrips: 0 });
    log(`  ${FLOOR}: GraphQL p50 ${floor.p50.toFixed(2)} ms`);
  } finally {
    client.close();
    if (peer !== undefined && typeof peer !== 'string') {
      peer.client.close();
      await peer.server.close();
    }
    await server.close(1_000);
  }
  return { rows, available };
}

/** Waits until requests left in flight by the last run are done (readiness queues behind them), so runs do not overlap. */
async function drained(url: string, maxMs = 120_000): Promise<void> {
  const deadline = Date.now() + maxMs;
  while (Date.now() < deadline) {
    const ok = await fetch(new URL('readyz', url), { signal: AbortSignal.timeout(5_000) }).then((r) => r.ok, () => false);
    if (ok) return;
  }
}

async function throughput(g: BenchGraph, ops: Operation[], excluded: string[], args: BenchArgs): Promise<{ rows: ThroughputRow[]; exit: string }> {
  // The raw statements first, in this process, while the store is open here (one Kùzu process per folder).
  const raw = new Map<number, RawLoadResult>();
  const store = g.open();
  for (const c of args.connections) {
    log(`  raw through the port: ${c} worker(s), ${args.durationS} s, ${ops.length} operations in turn`);
    raw.set(c, await runRawLoad(store, ops, c, args.durationS, QUERY_TIMEOUT_MS));
  }
  await g.release();
  const child = await startChildServer(childEnv(g.backend, g));
  const rows: ThroughputRow[] = [];
  let exit: string;
  try {
    const requests = ops.map((op) => ({ body: bodyOf(op) }));
    for (const c of args.connections) {
      log(`  autocannon: ${c} connection(s), ${args.durationS} s, ${ops.length} operations in turn`);
      const r = await runLoad(child.url, child.pid, requests, c, args.durationS);
      const rawRun = raw.get(c);
      rows.push({ ...r, backend: g.backend, scale: g.scale, operations: ops.map((op) => op.name), excluded, raw: rawRun, ofRaw: rawRun && rawRun.rps > 0 ? r.rps / rawRun.rps : undefined });
      if (child.exit()) break;
      await drained(child.url);
    }
  } finally {
    const died = child.exit();
    const e = died ?? (await child.stop(60_000));
    exit = `${died ? 'crashed under load' : 'stayed up; stopped'} (exit code ${e.code}, signal ${e.signal})`;
  }
  return { rows, exit };
}

/** The graph view's drawing times, or why they were not measured (no Chromium here). */
async function renderPhase(args: BenchArgs): Promise<unknown> {
  const why = browserUnavailable();
  if (why) {
    log(`render: skipped: ${why}`);
    return { skipped: why };
  }
  const rows = await runRender(args.renderNodes, args.renderRuns, log);
  process.stdout.write('\n' + renderTable(rows) + '\n');
  return rows;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const startedAt = new Date();
  const special = [args.stress && 'stress', args.soak && 'soak'].filter(Boolean).join('+');
  const outFile = args.out ?? path.join(REPO_ROOT, 'bench', 'results', `${startedAt.toISOString().replace(/[:.]/g, '-')}${special ? `-${special}` : ''}.json`);
  const meta = {
    startedAt: startedAt.toISOString(),
    mode: special || (args.quick ? 'quick' : 'full'),
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    cpus: os.cpus().length,
    loadAverage: os.loadavg(),
    args,
  };
  log(`mode ${meta.mode}; ${meta.cpus} CPUs, load average ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}`);

  let report: Record<string, unknown>;
  let code = 0;
  if (args.renderOnly) {
    report = { ...meta, render: await renderPhase(args) };
  } else if (args.stress || args.soak) {
    report = { ...meta };
    if (args.stress) {
      const stress: StressReport = await runStress(args, log);
      process.stdout.write(stressTable(stress) + '\n');
      report.stress = stress;
      if (!stress.survived) code = 1;
    }
    // A server of its own, after the stress one has stopped: the soak's memory starts from a fresh process.
    if (args.soak) {
      const soak: SoakReport = await runSoak(args, log);
      process.stdout.write((args.stress ? '\n' : '') + soakTable(soak) + '\n');
      report.soak = soak;
      if (!soak.survived) code = 1;
    }
  } else {
    const graphs: GraphInfo[] = [];
    const latencyRows: LatencyRow[] = [];
    const throughputRows: ThroughputRow[] = [];
    for (const backend of args.backends) {
      for (const scale of args.scales) {
        log(`${backend} ${scale}x: building the database`);
        let g: BenchGraph;
        try {
          g = await openGraph(backend, scale, args.fullCopies);
        } catch (err) {
          // A Neo4j that would not start or load fails its rows, not the Kùzu figures already measured.
          if (!(err instanceof SkipError) && backend !== 'neo4j') throw err;
          const why = err instanceof SkipError ? err.message : `FAILED: ${(err as Error).message.split('\n')[0].slice(0, 300)}`;
          if (!(err instanceof SkipError)) code = 1;
          graphs.push({ backend, scale, skipped: why });
          log(`${backend} ${scale}x: skipped: ${why}`);
          continue;
        }
        const info: GraphInfo = {
          backend,
          scale,
          nodes: g.nodes,
          relationships: g.relationships,
          loadMs: Math.round(g.loadMs),
          syntheticMs: g.synthetic && Math.round(g.synthetic.ms),
          syntheticTransactions: g.synthetic?.transactions,
          server: g.server,
        };
        log(`${backend} ${scale}x: ${g.nodes} nodes, ${g.relationships} relationships, written in ${(g.loadMs / 1000).toFixed(1)} s${g.synthetic ? ` (synthetic copies ${(g.synthetic.ms / 1000).toFixed(1)} s in ${g.synthetic.transactions} transactions)` : ''}`);
        try {
          const { rows, available } = await latencies(g, args);
          latencyRows.push(...rows);
          if (args.throughputScales.includes(scale) && available.length > 0) {
            const t = await throughput(g, available, rows.filter((r) => r.status === 'ok' && r.operation !== FLOOR && !available.some((op) => op.name === r.operation)).map((r) => r.operation), args);
            throughputRows.push(...t.rows);
            graphs.push({ ...info, serverExit: t.exit });
            if (t.exit.startsWith('crashed')) code = 1;
          } else graphs.push(info);
        } finally {
          await g.dispose();
        }
      }
    }
    process.stdout.write('\n' + latencyTable(latencyRows) + '\n\n' + throughputTable(throughputRows, graphs) + '\n');
    // What each peer figure is of: the request sent, or why there is none (bench/README.md explains the differences).
    const peerOperations = OPERATIONS.map((op) =>
      'cannot' in op.peer ? { operation: op.name, cannot: op.peer.cannot } : { operation: op.name, query: op.peer.query, check: op.peer.check, differs: op.peer.differs },
    );
    report = { ...meta, peerLibrary: `@neo4j/graphql ${PEER_VERSION}`, graphs, latency: latencyRows, throughput: throughputRows, peerOperations };
    report.render = await renderPhase(args);
  }
  report.finishedAt = new Date().toISOString();
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, JSON.stringify(report, null, 2) + '\n');
  process.stdout.write(`\nfigures written to ${path.relative(process.cwd(), outFile)}\n`);
  return code;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    removeLiveDirs();
    stopLocalNeo4js();
    process.exit(130);
  });
}

// A local Neo4j left running by a failed run would outlive it: SIGTERM it on any exit.
process.on('exit', stopLocalNeo4js);

// Kùzu 0.11 can crash at process exit even after a clean close: leave explicitly.
main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`bench failed: ${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  },
);
