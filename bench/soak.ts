import fs from 'node:fs';
import os from 'node:os';
import autocannon from 'autocannon';
import type { BenchArgs } from './args.js';
import { errorCodes, startSeededChildServer } from './load.js';
import { GraphQLClient, percentile, probe } from './measure.js';
import { OPERATIONS, bodyOf } from './operations.js';

/**
 * Soak (`--soak`): the server (Kùzu, real knowledge) in its own process takes the
 * benchmark's operation mix (the bodies the throughput runs send) from autocannon at a
 * fixed concurrency for `soakMinutes`, while its memory is sampled every `soakSampleS`.
 * The question is whether RSS levels off: a leak shows as a slope in the last minutes
 * that the sampling jitter cannot explain.
 */
export interface SoakSample {
  /** Seconds since the load started (0: the idle server just before it). */
  readonly tS: number;
  /** From /proc/<pid>/status: VmRSS, and its anonymous (heap, native allocations) and file-backed (mapped files) parts. */
  readonly rssMb: number;
  readonly rssAnonMb: number;
  readonly rssFileMb: number;
  /** V8's heap and external memory, from the server's own /metrics; absent when the scrape did not answer within its timeout. */
  readonly heapUsedMb?: number;
  readonly heapTotalMb?: number;
  readonly externalMb?: number;
  /** Replies since the previous sample. */
  readonly requests: number;
  readonly non2xx: number;
  readonly graphqlErrors: number;
  readonly transportErrors: number;
}

export interface SoakMinute {
  /** 1-based: minute 1 is the first 60 s of load. */
  readonly minute: number;
  /** RSS at the last sample of the minute, and the lowest and highest sample in it. */
  readonly rssMb: number;
  readonly rssMinMb: number;
  readonly rssMaxMb: number;
  readonly heapUsedMb?: number;
  readonly requests: number;
  readonly non2xx: number;
  readonly graphqlErrors: number;
  readonly transportErrors: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

/** A least-squares line through RSS samples over a window, with its standard error. */
export interface SlopeFit {
  readonly fromS: number;
  readonly toS: number;
  readonly n: number;
  readonly slopeMbPerMin: number;
  /** Plain OLS standard error of the slope (assumes independent samples). */
  readonly seOlsMbPerMin: number;
  /** Lag-1 autocorrelation of the residuals, and the effective sample count it implies: n(1-r)/(1+r) when r > 0. */
  readonly lag1: number;
  readonly nEff: number;
  /** The standard error with n replaced by nEff (Infinity when nEff <= 2): what the verdict uses. */
  readonly seMbPerMin: number;
  /** The mean of the fitted series over the window (RSS, or heap for lastHeap). */
  readonly meanRssMb: number;
  /** |slope| x window length, as a percentage of the window's mean RSS. */
  readonly driftPctOfMean: number;
}

export interface SoakReport {
  readonly backend: 'kuzu';
  readonly scale: 1;
  readonly server: string;
  readonly connections: number;
  readonly minutes: number;
  readonly sampleS: number;
  readonly operations: string[];
  readonly excluded: string[];
  readonly requests: number;
  readonly non2xx: number;
  readonly graphqlErrors: number;
  readonly transportErrors: number;
  readonly timeouts: number;
  readonly rps: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly samples: SoakSample[];
  readonly perMinute: SoakMinute[];
  /** Window of each fit, in minutes: 5, or half the soak when it is shorter than 10 minutes. */
  readonly windowMin: number;
  readonly first: SlopeFit;
  readonly last: SlopeFit;
  /** The same fit of V8's used heap over the last window, to tell a JavaScript leak from native (Kùzu) growth; no verdict of its own. */
  readonly lastHeap: SlopeFit;
  /** Whether the last window's slope is within two (autocorrelation-corrected) standard errors of zero. */
  readonly levelledOff: boolean | undefined;
  readonly verdict: string;
  /** Seconds into the load at which the server was seen gone, if it died. */
  readonly diedAtS?: number;
  readonly survived: boolean;
  readonly healthAfter: string;
  readonly hwmMb: number;
  readonly exit: { code: number | null; signal: string | null };
  readonly loadAverageStart: number[];
  readonly loadAverageEnd: number[];
  readonly logTail: string[];
}

/** The same rule as the throughput runs: an operation slower than this would hold every connection. */
const SLOW_FOR_LOAD_MS = 1_000;

function procMemory(pid: number): { rssMb: number; rssAnonMb: number; rssFileMb: number; hwmMb: number } | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+)\\s+kB`, 'm').exec(status)?.[1] ?? NaN) / 1024;
    return { rssMb: kb('VmRSS'), rssAnonMb: kb('RssAnon'), rssFileMb: kb('RssFile'), hwmMb: kb('VmHWM') };
  } catch {
    return undefined;
  }
}

/** V8 heap figures from prom-client's default metrics on the server's /metrics: no change to the server, one small request per sample. */
async function heapOf(url: string): Promise<Pick<SoakSample, 'heapUsedMb' | 'heapTotalMb' | 'externalMb'>> {
  try {
    const text = await fetch(new URL('metrics', url), { signal: AbortSignal.timeout(3_000) }).then((r) => r.text());
    const mb = (name: string) => {
      const m = new RegExp(`^${name} ([0-9.eE+-]+)`, 'm').exec(text);
      return m ? Number(m[1]) / 1024 / 1024 : undefined;
    };
    return { heapUsedMb: mb('nodejs_heap_size_used_bytes'), heapTotalMb: mb('nodejs_heap_size_total_bytes'), externalMb: mb('nodejs_external_memory_bytes') };
  } catch {
    return {};
  }
}

/** Least squares of y (MB) on t (minutes), with the slope's standard error corrected for serially correlated samples. */
export function fitSlope(points: readonly { tMin: number; y: number }[], fromS: number, toS: number): SlopeFit {
  const n = points.length;
  const none = { fromS, toS, n, slopeMbPerMin: NaN, seOlsMbPerMin: NaN, lag1: NaN, nEff: NaN, seMbPerMin: Infinity, meanRssMb: NaN, driftPctOfMean: NaN };
  if (n < 3) return none;
  const tBar = points.reduce((s, p) => s + p.tMin, 0) / n;
  const yBar = points.reduce((s, p) => s + p.y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.tMin - tBar) ** 2;
    sxy += (p.tMin - tBar) * (p.y - yBar);
  }
  if (sxx === 0) return none;
  const slope = sxy / sxx;
  const res = points.map((p) => p.y - (yBar + slope * (p.tMin - tBar)));
  const ssr = res.reduce((s, r) => s + r * r, 0);
  let num = 0;
  for (let i = 1; i < n; i++) num += res[i] * res[i - 1];
  const lag1 = ssr === 0 ? 0 : num / ssr;
  // RSS samples 5 s apart are not independent (a GC cycle or an allocation burst spans
  // several), and the plain OLS error would then claim more certainty than the data has:
  // the usual AR(1) correction shrinks n to the effective count.
  const nEff = lag1 > 0 ? (n * (1 - lag1)) / (1 + lag1) : n;
  const seOls = Math.sqrt(ssr / (n - 2) / sxx);
  const se = nEff > 2 ? Math.sqrt(ssr / (nEff - 2) / sxx) : Infinity;
  const windowMin = (toS - fromS) / 60;
  return { fromS, toS, n, slopeMbPerMin: slope, seOlsMbPerMin: seOls, lag1, nEff, seMbPerMin: se, meanRssMb: yBar, driftPctOfMean: (Math.abs(slope) * windowMin * 100) / yBar };
}

function fitWindow(samples: readonly SoakSample[], fromS: number, toS: number, of: (s: SoakSample) => number | undefined = (s) => s.rssMb): SlopeFit {
  // A few ms of timer lag must not drop the sample meant for a window's edge.
  const inside = samples.filter((s) => s.tS >= fromS - 1 && s.tS <= toS + 1 && Number.isFinite(of(s)));
  return fitSlope(inside.map((s) => ({ tMin: s.tS / 60, y: of(s)! })), fromS, toS);
}

const signed = (n: number, d = 2) => `${n >= 0 ? '+' : ''}${n.toFixed(d)}`;

function verdictOf(last: SlopeFit, windowMin: number): { levelledOff: boolean | undefined; verdict: string } {
  if (!Number.isFinite(last.slopeMbPerMin)) return { levelledOff: undefined, verdict: `cannot tell: too few RSS samples in the last ${windowMin} min (${last.n})` };
  if (!Number.isFinite(last.seMbPerMin)) return { levelledOff: undefined, verdict: `cannot tell: the last ${windowMin} min hold too few independent samples (effective n ${last.nEff.toFixed(1)})` };
  const z = last.seMbPerMin === 0 ? (last.slopeMbPerMin === 0 ? 0 : Infinity) : Math.abs(last.slopeMbPerMin) / last.seMbPerMin;
  const drift = `${(Math.abs(last.slopeMbPerMin) * windowMin).toFixed(1)} MB over ${windowMin} min, ${last.driftPctOfMean.toFixed(2)} % of the mean RSS`;
  const levelledOff = z <= 2;
  return {
    levelledOff,
    verdict: levelledOff
      ? `RSS levelled off: the last-${windowMin}-min slope ${signed(last.slopeMbPerMin)} MB/min is within noise of zero (${z.toFixed(1)} standard errors of ${last.seMbPerMin.toFixed(2)} MB/min; the rule is at most 2); ${drift}`
      : `RSS did NOT level off (${last.slopeMbPerMin > 0 ? 'still growing' : 'still falling'}): the last-${windowMin}-min slope ${signed(last.slopeMbPerMin)} MB/min is ${z.toFixed(1)} standard errors (${last.seMbPerMin.toFixed(2)} MB/min) from zero, more than the 2 the sampling jitter explains; ${drift}`,
  };
}

export async function runSoak(args: BenchArgs, log: (m: string) => void): Promise<SoakReport> {
  const loadAverageStart = os.loadavg();
  // Its own empty folder, seeded by the server at start-up as in stress mode: the real
  // knowledge, and nothing of Kùzu in this process.
  log('soak: starting the server on an empty Kùzu folder (it seeds the real knowledge)');
  const { child, dir } = await startSeededChildServer('soak');
  try {
    // The mix is the throughput runs' one: every operation the schema has, fast enough not to hold every connection.
    const client = new GraphQLClient(child.url);
    const ops: typeof OPERATIONS[number][] = [];
    const excluded: string[] = [];
    for (const op of OPERATIONS) {
      const avail = await probe(client, op);
      if (!avail.ok) {
        excluded.push(`${op.name}: ${avail.reason}`);
        continue;
      }
      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        await client.post(bodyOf(op));
        times.push(performance.now() - t);
      }
      if (percentile(times, 50) > SLOW_FOR_LOAD_MS) excluded.push(`${op.name}: p50 ${percentile(times, 50).toFixed(0)} ms, over ${SLOW_FOR_LOAD_MS} ms`);
      else ops.push(op);
    }
    client.close();
    if (ops.length === 0) throw new Error(`soak: no operation to send (${excluded.join('; ')})`);

    const minutes = args.soakMinutes;
    const durationS = Math.round(minutes * 60);
    const nMinutes = Math.ceil(durationS / 60);
    const everyMs = args.soakSampleS * 1000;
    log(`soak: ${args.soakConnections} connections for ${minutes} min, ${ops.length} operations in turn; RSS every ${args.soakSampleS} s`);

    const totals = { requests: 0, non2xx: 0, graphqlErrors: 0, transportErrors: 0 };
    const buckets = Array.from({ length: nMinutes }, () => ({ requests: 0, non2xx: 0, graphqlErrors: 0, transportErrors: 0, latencies: [] as number[] }));
    let t0 = performance.now();
    // Replies still in flight when the time is up land in the last minute.
    const bucket = () => buckets[Math.min(nMinutes - 1, Math.max(0, Math.floor((performance.now() - t0) / 60_000)))];

    const samples: SoakSample[] = [];
    const previous = { ...totals };
    let diedAtS: number | undefined;
    const takeSample = async (): Promise<void> => {
      const tS = (performance.now() - t0) / 1000;
      const mem = procMemory(child.pid);
      if (!mem || child.exit()) {
        diedAtS ??= tS;
        return;
      }
      const delta = {
        requests: totals.requests - previous.requests,
        non2xx: totals.non2xx - previous.non2xx,
        graphqlErrors: totals.graphqlErrors - previous.graphqlErrors,
        transportErrors: totals.transportErrors - previous.transportErrors,
      };
      Object.assign(previous, totals);
      const heap = await heapOf(child.url);
      samples.push({ tS: Math.round(tS * 10) / 10, rssMb: mem.rssMb, rssAnonMb: mem.rssAnonMb, rssFileMb: mem.rssFileMb, ...heap, ...delta });
    };

    t0 = performance.now();
    await takeSample();
    const instance = autocannon({
      url: new URL('graphql', child.url).toString(),
      connections: args.soakConnections,
      duration: durationS,
      timeout: 30,
      requests: ops.map((op) => ({
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/json' },
        body: bodyOf(op),
        onResponse: (status: number, body: string) => {
          const b = bucket();
          totals.requests++;
          b.requests++;
          if (status < 200 || status > 299) {
            totals.non2xx++;
            b.non2xx++;
          }
          if (errorCodes(body).length > 0) {
            totals.graphqlErrors++;
            b.graphqlErrors++;
          }
        },
      })),
    });
    instance.on('response', (_client, _status, _bytes, responseTime) => bucket().latencies.push(responseTime));
    instance.on('reqError', () => {
      totals.transportErrors++;
      bucket().transportErrors++;
    });
    let sampling = false;
    let lastLogMin = 0;
    const timer = setInterval(() => {
      if (sampling) return;
      sampling = true;
      void takeSample().finally(() => {
        sampling = false;
        // Nothing more to learn from a dead server, and autocannon would only spin on refused connections.
        if (diedAtS !== undefined) instance.stop();
        const s = samples[samples.length - 1];
        const m = Math.floor((performance.now() - t0) / 60_000);
        if (s && m > lastLogMin) {
          lastLogMin = m;
          log(`soak: minute ${m}, RSS ${s.rssMb.toFixed(0)} MB, ${totals.requests} requests so far`);
        }
      });
    }, everyMs);
    const result = await instance;
    clearInterval(timer);
    while (sampling) await new Promise((r) => setTimeout(r, 50));
    await takeSample();

    const perMinute: SoakMinute[] = buckets.map((b, i) => {
      const inMinute = samples.filter((s) => s.tS > i * 60 && s.tS <= (i + 1) * 60 + 1);
      const rss = inMinute.map((s) => s.rssMb);
      const lastOne = inMinute[inMinute.length - 1];
      return {
        minute: i + 1,
        rssMb: lastOne?.rssMb ?? NaN,
        rssMinMb: rss.length ? Math.min(...rss) : NaN,
        rssMaxMb: rss.length ? Math.max(...rss) : NaN,
        heapUsedMb: lastOne?.heapUsedMb,
        requests: b.requests,
        non2xx: b.non2xx,
        graphqlErrors: b.graphqlErrors,
        transportErrors: b.transportErrors,
        p50Ms: percentile(b.latencies, 50),
        p99Ms: percentile(b.latencies, 99),
      };
    });

    // Five minutes each way for the 10-minute soak; a shorter (development) soak splits in halves.
    const endS = samples.length ? samples[samples.length - 1].tS : 0;
    const windowMin = Math.min(5, Math.round((endS / 120) * 100) / 100);
    const first = fitWindow(samples, 0, windowMin * 60);
    const last = fitWindow(samples, endS - windowMin * 60, endS);
    const lastHeap = fitWindow(samples, endS - windowMin * 60, endS, (s) => s.heapUsedMb);
    const survived = !child.exit() && diedAtS === undefined;
    // A slope cut short by a crash says nothing about levelling off.
    const { levelledOff, verdict } = survived ? verdictOf(last, windowMin) : { levelledOff: undefined, verdict: `no verdict on memory: the server died ${(diedAtS ?? endS).toFixed(0)} s into the load` };

    const healthAfter = survived ? await fetch(new URL('healthz', child.url), { signal: AbortSignal.timeout(10_000) }).then((r) => `HTTP ${r.status}`, (e: Error) => `unreachable (${e.message})`) : 'process gone';
    const hwmMb = procMemory(child.pid)?.hwmMb ?? NaN;
    const ended = child.exit() ?? (await child.stop(60_000));
    return {
      backend: 'kuzu',
      scale: 1,
      server: `node --import tsx src/main.ts (pid ${child.pid})`,
      connections: args.soakConnections,
      minutes,
      sampleS: args.soakSampleS,
      operations: ops.map((op) => op.name),
      excluded,
      ...totals,
      timeouts: result.timeouts,
      rps: result.requests.average,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      samples,
      perMinute,
      windowMin,
      first,
      last,
      lastHeap,
      levelledOff,
      verdict,
      diedAtS,
      survived,
      healthAfter,
      hwmMb,
      exit: { code: ended.code, signal: ended.signal },
      loadAverageStart,
      loadAverageEnd: os.loadavg(),
      logTail: child.log.slice(-40),
    };
  } finally {
    if (!child.exit()) await child.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
