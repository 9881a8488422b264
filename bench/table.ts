import type { GraphInfo, LatencyRow, ThroughputRow } from './run.js';
import type { SlopeFit, SoakReport } from './soak.js';
import type { StressReport } from './stress.js';

function render(head: readonly string[], rows: readonly (readonly string[])[], rightFrom = 1): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i >= rightFrom ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const ids = (n: number) => `${n} ${n === 1 ? 'id' : 'ids'}`;
const ms = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '' : n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : n.toFixed(0));

export function latencyTable(rows: readonly LatencyRow[]): string {
  const head = ['operation', 'backend', 'scale', 'raw p50', 'raw p99', 'GraphQL p50', 'GraphQL p99', 'ratio p50', 'round trips (raw)', 'peer p50', 'ours/peer', 'n'];
  const warned = rows.some((r) => r.peerCheck && !r.peerCheck.ok);
  const body = rows.map((r) => [
    r.operation,
    r.backend,
    `${r.scale}x`,
    ms(r.raw?.p50),
    ms(r.raw?.p99),
    r.graphql ? ms(r.graphql.p50) : r.status,
    ms(r.graphql?.p99),
    r.ratio === undefined ? '' : `${r.ratio.toFixed(1)}x`,
    r.roundTrips === undefined ? `(${r.rawRoundTrips})` : `${r.roundTrips} (${r.rawRoundTrips})`,
    // Kùzu rows have no peer: the Neo4j GraphQL Library serves Neo4j only.
    r.peer ? `${ms(r.peer.p50)}${r.peerCheck && !r.peerCheck.ok ? ' !' : ''}` : (r.peerStatus ?? ''),
    r.oursPerPeer === undefined ? '' : `${r.oursPerPeer.toFixed(2)}x`,
    `${r.raw?.n ?? ''}/${r.graphql?.n ?? ''}${r.peer ? `/${r.peer.n}` : ''}`,
  ]);
  const checks = rows
    .filter((r) => r.peerCheck)
    .map((r) => {
      const c = r.peerCheck!;
      const what = `${r.operation} ${r.backend} ${r.scale}x`;
      if (c.error) return `  WARNING  ${what}: not compared (${c.error})`;
      if (!c.ok) {
        const list = (ids: string[]) => `${ids.slice(0, 8).join(', ')}${ids.length > 8 ? `, ... (${ids.length})` : ''}`;
        return `  WARNING  ${what}: the peer's answer differs from ours (${ids(c.ours)} ours, ${c.peer} the peer's)${c.onlyOurs.length ? `; only ours: ${list(c.onlyOurs)}` : ''}${c.mode === 'same' && c.onlyPeer.length ? `; only the peer's: ${list(c.onlyPeer)}` : ''}`;
      }
      return c.mode === 'same'
        ? `  ok       ${what}: the same ${ids(c.ours)} and counts`
        : `  ok       ${what}: ours (${ids(c.ours)}) all among the peer's ${c.peer} (it cannot rank or page, so it returns every hit)`;
    });
  return [
    'Latency in ms (raw: the cypher/bench/ lower bound straight through the GraphStore port; GraphQL: the same data over HTTP, same run;',
    'peer: the Neo4j GraphQL Library (@neo4j/graphql) serving the same Neo4j database over HTTP, its nearest request (bench/README.md); ours/peer: GraphQL p50 / peer p50, above 1x ours is slower)',
    render(head, body, 3),
    ...(checks.length ? ['', `Peer answers against ours (ids and counts)${warned ? '; "!" marks a peer figure whose answer differs' : ''}`, ...checks] : []),
  ].join('\n');
}

export function throughputTable(rows: readonly ThroughputRow[], graphs: readonly GraphInfo[]): string {
  const head = ['backend', 'scale', 'connections', 'raw req/s', 'raw errors', 'req/s', 'of raw', 'p50 ms', 'p99 ms', 'requests', 'non-2xx', 'GraphQL errors', 'socket errors', 'peak RSS MB'];
  const body = rows.map((r) => [
    r.backend,
    `${r.scale}x`,
    String(r.connections),
    r.raw ? r.raw.rps.toFixed(0) : '',
    r.raw ? String(r.raw.errors) : '',
    r.rps.toFixed(0),
    r.ofRaw !== undefined ? `${(r.ofRaw * 100).toFixed(0)}%` : '',
    ms(r.p50Ms),
    ms(r.p99Ms),
    String(r.requests),
    String(r.non2xx),
    String(r.graphqlErrors),
    String(r.transportErrors + r.timeouts),
    r.peakRssMb.toFixed(0),
  ]);
  const notes = graphs.map((g) =>
    g.skipped
      ? `  ${g.backend} ${g.scale}x: skipped (${g.skipped})`
      : `  ${g.backend} ${g.scale}x: ${g.nodes} nodes, ${g.relationships} relationships, written in ${((g.loadMs ?? 0) / 1000).toFixed(1)} s${g.syntheticMs !== undefined ? ` (synthetic copies ${(g.syntheticMs / 1000).toFixed(1)} s in ${g.syntheticTransactions} transactions)` : ''}${g.server ? `; ${g.server}` : ''}${g.serverExit ? `; server process ${g.serverExit}` : ''}`,
  );
  const mixes = [...new Set(rows.map((r) => `  ${r.backend} ${r.scale}x: ${r.operations.join(', ')}${r.excluded.length ? ` (left out, GraphQL p50 over 1 s: ${r.excluded.join(', ')})` : ''}`))];
  return `Throughput (raw: the operations' raw statements through the port in the bench's process, as many workers as connections; then autocannon against the server in its own process; each run sends these operations in turn; of raw: GraphQL req/s / raw req/s)\n${mixes.join('\n')}\n${render(head, body, 2)}\n\nGraphs\n${notes.join('\n')}`;
}

export function stressTable(s: StressReport): string {
  const codes = (m: Record<string, number>) =>
    Object.entries(m)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `    ${k.padEnd(34)} ${String(v).padStart(7)}`)
      .join('\n');
  return [
    `Stress (${s.backend} ${s.scale}x, seed ${s.seed})`,
    `  phase 1: ${s.fuzz.requests} fuzzed requests (${s.fuzz.valid} valid operations with random arguments, ${s.fuzz.malformed} malformed), ${s.fuzz.concurrency} at a time, ${(s.fuzz.durationMs / 1000).toFixed(1)} s`,
    `    by reply (HTTP status, then GraphQL error codes in the bodies):`,
    codes(s.fuzz.byCode),
    `    transport errors: ${s.fuzz.transportErrors}; 5xx: ${s.fuzz.serverErrors}; server RSS peak ${s.fuzz.peakRssMb.toFixed(0)} MB`,
    `  phase 2: ${s.load.connections} connections for ${s.load.durationS} s over ${s.load.distinctBodies} fuzzed requests: ${s.load.requests} requests, ${s.load.rps.toFixed(0)} req/s, p99 ${ms(s.load.p99Ms)} ms`,
    codes(s.load.byCode ?? {}),
    `    socket errors ${s.load.transportErrors}, timeouts ${s.load.timeouts}; server RSS peak ${s.load.peakRssMb.toFixed(0)} MB`,
    `  server process: ${s.survived ? 'stayed up' : 'DIED'}; /healthz after: ${s.healthAfter}; memory high-water mark ${s.hwmMb.toFixed(0)} MB (RSS at start ${s.rssStartMb.toFixed(0)} MB, at end ${s.rssEndMb.toFixed(0)} MB)`,
    `  exit after SIGTERM: code ${s.exit.code}, signal ${s.exit.signal}${s.exit.code === 0 ? '' : ' (see the log tail in the JSON)'}`,
  ].join('\n');
}

export function soakTable(s: SoakReport): string {
  const mb = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '' : n.toFixed(0));
  const head = ['minute', 'RSS MB', 'min', 'max', 'heap MB', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'GraphQL errors', 'socket errors'];
  const body = s.perMinute.map((m) => [
    String(m.minute),
    mb(m.rssMb),
    mb(m.rssMinMb),
    mb(m.rssMaxMb),
    mb(m.heapUsedMb),
    String(m.requests),
    // The last minute of a soak shorter than a whole number of minutes is short.
    (m.requests / Math.min(60, s.minutes * 60 - (m.minute - 1) * 60)).toFixed(0),
    ms(m.p50Ms),
    ms(m.p99Ms),
    String(m.non2xx),
    String(m.graphqlErrors),
    String(m.transportErrors),
  ]);
  const fit = (label: string, f: SlopeFit) =>
    Number.isFinite(f.slopeMbPerMin)
      ? `  RSS slope, ${label} (${f.fromS.toFixed(0)}-${f.toS.toFixed(0)} s, ${f.n} samples): ${f.slopeMbPerMin >= 0 ? '+' : ''}${f.slopeMbPerMin.toFixed(2)} MB/min, standard error ${f.seMbPerMin.toFixed(2)} MB/min (residual lag-1 autocorrelation ${f.lag1.toFixed(2)}, ${f.nEff.toFixed(1)} effective samples; ${f.seOlsMbPerMin.toFixed(2)} if they were independent); mean RSS ${f.meanRssMb.toFixed(0)} MB`
      : `  RSS slope, ${label}: too few samples (${f.n})`;
  const idle = s.samples[0];
  const la = (l: number[]) => l.map((n) => n.toFixed(2)).join(' ');
  return [
    `Soak (${s.backend} ${s.scale}x, real knowledge; server in its own process: ${s.server})`,
    `  autocannon to 127.0.0.1: ${s.connections} connections for ${s.minutes} min, these operations in turn: ${s.operations.join(', ')}${s.excluded.length ? ` (left out: ${s.excluded.join('; ')})` : ''}`,
    `  memory sampled every ${s.sampleS} s (${s.samples.length} samples; RSS from /proc/<pid>/status at the last sample of each minute, min/max over the minute; heap: V8 heap used, from the server's /metrics)`,
    idle ? `  idle before the load: RSS ${mb(idle.rssMb)} MB (anonymous ${mb(idle.rssAnonMb)}, file-backed ${mb(idle.rssFileMb)}), heap ${mb(idle.heapUsedMb)} MB` : '  no memory sample',
    render(head, body, 1),
    `  total: ${s.requests} requests, ${s.rps.toFixed(0)} req/s, p50 ${ms(s.p50Ms)} ms, p99 ${ms(s.p99Ms)} ms; non-2xx ${s.non2xx}, GraphQL errors ${s.graphqlErrors}, socket errors ${s.transportErrors} (timeouts ${s.timeouts})`,
    fit(`first ${s.windowMin} min`, s.first),
    fit(`last ${s.windowMin} min`, s.last),
    Number.isFinite(s.lastHeap.slopeMbPerMin)
      ? `  V8 heap used, last ${s.windowMin} min: ${s.lastHeap.slopeMbPerMin >= 0 ? '+' : ''}${s.lastHeap.slopeMbPerMin.toFixed(2)} MB/min, standard error ${s.lastHeap.seMbPerMin.toFixed(2)} MB/min, mean ${s.lastHeap.meanRssMb.toFixed(0)} MB (the rest of RSS is native: Kùzu, buffers, code)`
      : `  V8 heap used, last ${s.windowMin} min: too few scrapes of /metrics answered (${s.lastHeap.n})`,
    `  verdict: ${s.verdict}${s.survived ? '' : ' (see the log tail in the JSON)'}`,
    s.survived
      ? `  server process: stayed up; /healthz after: ${s.healthAfter}; memory high-water mark ${mb(s.hwmMb)} MB; exit after SIGTERM: code ${s.exit.code}, signal ${s.exit.signal}`
      : `  server process: DIED under load: exit code ${s.exit.code}, signal ${s.exit.signal}`,
    `  load average (1, 5, 15 min): at start ${la(s.loadAverageStart)}, at end ${la(s.loadAverageEnd)}`,
  ].join('\n');
}
