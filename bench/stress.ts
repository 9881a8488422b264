import type { BenchArgs } from './args.js';
import fs from 'node:fs';
import { errorCodes, memoryOf, runLoad, sampleRss, startSeededChildServer, type LoadRequest, type LoadResult } from './load.js';
import { GraphQLClient } from './measure.js';

/**
 * Stress mode: the server (Kùzu, real knowledge) in its own process takes
 *  1. `stressRequests` fuzzed requests, `stressConnections` at a time: valid operations
 *     with random (often absurd) arguments, and malformed requests of every kind;
 *  2. `stressConnections` connections of autocannon for `stressDurationS` over a sample
 *     of the same fuzzed requests.
 * It reports replies by HTTP status and GraphQL error code, whether the process stayed
 * up, its memory, and how it exits on SIGTERM.
 */
export interface StressReport {
  readonly backend: 'kuzu';
  readonly scale: number;
  readonly seed: number;
  readonly fuzz: {
    requests: number;
    valid: number;
    malformed: number;
    concurrency: number;
    durationMs: number;
    byCode: Record<string, number>;
    transportErrors: number;
    serverErrors: number;
    peakRssMb: number;
    /** A few request/reply pairs per unexpected outcome (5xx, INTERNAL_SERVER_ERROR, transport errors). */
    samples: { request: string; status: number | string; reply: string }[];
  };
  readonly load: LoadResult & { distinctBodies: number };
  readonly survived: boolean;
  readonly healthAfter: string;
  readonly rssStartMb: number;
  readonly rssEndMb: number;
  readonly hwmMb: number;
  readonly exit: { code: number | null; signal: string | null };
  readonly logTail: string[];
}

/** mulberry32: a small seeded PRNG, so a failing fuzz run can be replayed with --seed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const IDS = ['gallium', 'graphite', 'rare-earth-elements', 'neodymium', 'CHN', 'USA', 'EUU', 'COD', 'USA-2022', 'USA-2025', 'EUU-2023', 'msp', 'eo-14017', 'usa-usgs', 'usgs-mcs-2025'];
const JUNK = ['', ' ', 'nope', 'synthetic-1-gallium', "') RETURN 1 //", '"; MATCH (n) DETACH DELETE n; //', '%', '\\', '\u0000', '镓', '金属北约', '💥', 'a'.repeat(5000), '${id}', 'NULL', '-1', '[]', '{}'];
const TEXTS = ['gallium', '镓', '金属北约', 'Minerals Security Partnership', 'msp', 'rare', 'e', '', ' ', '%', '_', '.*', "'", '"', '\\n', 'x'.repeat(2000), '💥', 'CHN', 'lithium ion', 'ga'];

export function fuzzRequests(n: number, seed: number): { requests: LoadRequest[]; valid: number; malformed: number } {
  const r = rng(seed);
  const pick = <T>(l: readonly T[]): T => l[Math.floor(r() * l.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const id = () => (r() < 0.6 ? pick(IDS) : pick(JUNK));
  const anInt = () => pick([int(0, 5), int(-10, 200), 0, -1, 2147483647, int(1, 50)]);
  const json = (query: string, variables?: Record<string, unknown>): LoadRequest => ({ body: JSON.stringify(variables ? { query, variables } : { query }) });

  const valid: (() => LoadRequest)[] = [
    () => json(`query($id: ID!) { mineral(id: $id) { id name nameZh listedIn { edition { id issuer { id } } } importReliance { year percent text } importSources { rank country { id } } producers { year country { id } } } }`, { id: id() }),
    () => json(`query($id: ID!) { node(id: $id) { __typename id } }`, { id: id() }),
    () => json(`query($f: Int, $a: String) { minerals(first: $f, after: $a) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`, { f: anInt(), a: r() < 0.5 ? pick(JUNK) : null }),
    () => json(`{ minerals(where: { importReliance: { importer: ${JSON.stringify(id())}, min: ${int(-50, 150)} } topImportSource: { importer: "USA", country: ${JSON.stringify(id())} } }) { totalCount edges { node { id } } } }`),
    () => json(`query($e: ID!, $f: Int) { minerals(first: $f, where: { listedIn: { edition: $e } }) { totalCount edges { node { id name } } } }`, { e: id(), f: anInt() }),
    () => json(`query($t: String!, $f: Int) { search(text: $t, first: $f) { score node { id } } }`, { t: pick(TEXTS), f: anInt() }),
    () => json(`query($a: ID!, $b: ID!) { listDiff(from: $a, to: $b) { added { id } removed { id } unchanged { id } } }`, { a: id(), b: id() }),
    () => json(`query($id: ID!, $d: Int, $l: Int) { neighborhood(id: $id, depth: $d, limit: $l) { nodes { id } relationships { type } } }`, { id: id(), d: pick([0, 1, 2, 3, 5, -1, 100]), l: anInt() }),
    () => json(`query($a: ID!, $b: ID!, $h: Int) { paths(from: $a, to: $b, maxHops: $h) { nodes { id } } }`, { a: id(), b: id(), h: pick([1, 2, 3, 4, 6, 0, -1, 50]) }),
    () => json(`query($id: ID!) { country(id: $id) { id name memberships { alliance { id } since } listEditions { id } } }`, { id: id() }),
    () => json(`query($id: ID!, $d: Date) { alliance(id: $id) { id members(asOf: $d) { country { id } since } } }`, { id: id(), d: pick(['2023', '2023-06', '2023-06-14', '2023-13', 'yesterday', '']) }),
    () => json(`{ countries(first: ${anInt()}) { totalCount edges { node { id } } } policies { totalCount } alliances { totalCount } listEditions { totalCount } }`),
  ];
  const nest = (depth: number): string => (depth === 0 ? 'id' : `id listedIn { edition { id minerals { ${nest(depth - 1)} } } }`);
  const malformed: (() => LoadRequest)[] = [
    () => ({ body: '{"query": "{ mineral(id: \\"gallium\\") { id }' }), // truncated JSON
    () => ({ body: '' }),
    () => ({ body: '{}' }),
    () => ({ body: 'null' }),
    () => ({ body: '[1,2,3]' }),
    () => ({ body: JSON.stringify([{ query: '{ minerals { totalCount } }' }, { query: '{ countries { totalCount } }' }]) }),
    () => json(`{ mineral(id: "gallium" { id }`),
    () => json(`{ mineral(id: "gallium") { doesNotExist } }`),
    () => json(`mutation { deleteEverything }`),
    () => json(`subscription { ticks }`),
    () => json(`query($f: Int) { minerals(first: $f) { totalCount } }`, { f: 'ten' }),
    () => json(`query($id: ID!) { mineral(id: $id) { id } }`), // missing variable
    () => json(`{ mineral(id: "gallium") { ${nest(int(4, 12))} } }`), // depth bomb
    () => json(`{ ${Array.from({ length: int(20, 200) }, (_, i) => `a${i}: mineral(id: "gallium") { id name }`).join(' ')} }`), // alias bomb
    () => json(`{ minerals(first: 100) { edges { node { listedIn { edition { minerals { listedIn { edition { minerals { id } } } } } } } } } }`), // fan-out
    () => json(`query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }`), // fragment cycle
    () => json(`{ __schema { types { name fields { name args { name type { name ofType { name ofType { name } } } } } } } }`),
    () => json(`{ mineral(id: "gallium") { id ${'@skip(if: false) '.repeat(int(10, 300))} } }`), // directive flood
    () => json(`query A { minerals { totalCount } } query B { countries { totalCount } }`), // two operations, no name chosen
    () => ({ body: JSON.stringify({ query: `{ search(text: "${'x'.repeat(120_000)}") { score } }` }) }), // > body limit
    () => ({ body: JSON.stringify({ query: '{ minerals { totalCount } }' }), headers: { 'content-type': 'text/plain' } }), // CSRF-prevented
    () => ({ body: 'query=%7B%7D', headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
    () => ({ body: JSON.stringify({ query: '{ minerals { totalCount } }' }), headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' } }),
    () => ({ method: 'GET', path: `/graphql?query=${encodeURIComponent('{ mineral(id: "gallium") { id } }')}`, body: '', headers: { 'apollo-require-preflight': 'true' } }),
    () => ({ method: 'PUT', path: '/graphql', body: '{}' }),
    () => ({ method: 'POST', path: '/nope', body: '{}' }),
    () => json(`{ mineral(id: "\\u0000\\ud800") { id } }`),
    () => ({ body: Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0x22]).toString('latin1') }), // not UTF-8
  ];
  const requests: LoadRequest[] = [];
  let nValid = 0;
  for (let i = 0; i < n; i++) {
    if (r() < 0.7) {
      requests.push(pick(valid)());
      nValid++;
    } else requests.push(pick(malformed)());
  }
  return { requests, valid: nValid, malformed: n - nValid };
}

/** One fuzzed request, never waiting more than 40 s whatever happens to it. */
function send(client: GraphQLClient, base: string, req: LoadRequest): Promise<{ status: number; body: string }> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('no reply within 40 s')), 40_000)));
  return Promise.race([sendOnce(client, base, req), deadline]).finally(() => clearTimeout(timer));
}

function sendOnce(client: GraphQLClient, base: string, req: LoadRequest): Promise<{ status: number; body: string }> {
  if ((req.method ?? 'POST') === 'POST' && (req.path ?? '/graphql') === '/graphql') return client.post(req.body, req.headers ?? { 'content-type': 'application/json' });
  return fetch(new URL(req.path ?? '/graphql', base), {
    method: req.method ?? 'POST',
    headers: req.headers ?? { 'content-type': 'application/json' },
    body: req.method === 'GET' ? undefined : req.body,
    signal: AbortSignal.timeout(30_000),
  }).then(async (res) => ({ status: res.status, body: await res.text() }));
}

export async function runStress(args: BenchArgs, log: (m: string) => void): Promise<StressReport> {
  // The server seeds its own empty folder (the start-up path): no Kùzu in this process,
  // whose closed Kùzu objects can crash it at garbage collection under the fuzz's churn.
  log('stress: starting the server on an empty Kùzu folder (it seeds the real knowledge)');
  const { child, dir } = await startSeededChildServer('stress');
  const rssStartMb = memoryOf(child.pid)?.rssMb ?? NaN;
  try {
    const { requests, valid, malformed } = fuzzRequests(args.stressRequests, args.seed);
    log(`stress: phase 1, ${requests.length} fuzzed requests (${valid} valid, ${malformed} malformed), ${args.stressConnections} at a time`);
    const client = new GraphQLClient(child.url);
    const byCode: Record<string, number> = {};
    const bump = (k: string) => (byCode[k] = (byCode[k] ?? 0) + 1);
    const samples: StressReport['fuzz']['samples'] = [];
    const sampled = new Map<string, number>();
    const keep = (kind: string, request: string, status: number | string, reply: string) => {
      const n = sampled.get(kind) ?? 0;
      if (n >= 3) return;
      sampled.set(kind, n + 1);
      samples.push({ request: request.slice(0, 400), status, reply: reply.slice(0, 400) });
    };
    let transportErrors = 0;
    let serverErrors = 0;
    let next = 0;
    const rss = sampleRss(child.pid);
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: args.stressConnections }, async () => {
        while (next < requests.length && !child.exit()) {
          const req = requests[next++];
          try {
            const reply = await send(client, child.url, req);
            bump(`HTTP ${reply.status}`);
            const codes = errorCodes(reply.body);
            for (const c of new Set(codes)) bump(c);
            if (reply.status >= 500) {
              serverErrors++;
              keep(`HTTP ${reply.status}`, req.body, reply.status, reply.body);
            }
            if (codes.includes('INTERNAL_SERVER_ERROR')) keep('INTERNAL_SERVER_ERROR', req.body, reply.status, reply.body);
          } catch (err) {
            transportErrors++;
            bump(`transport error: ${(err as Error).message.replace(/\d+/g, 'N').slice(0, 60)}`);
            keep('transport', req.body, 'transport', (err as Error).message);
          }
        }
      }),
    );
    const durationMs = performance.now() - t0;
    const fuzzPeak = rss.stop();
    client.close();

    let load: LoadResult & { distinctBodies: number };
    const sample = requests.filter((q) => (q.method ?? 'POST') === 'POST' && (q.path ?? '/graphql') === '/graphql').slice(0, 500);
    if (!child.exit()) {
      log(`stress: phase 2, ${args.stressConnections} connections for ${args.stressDurationS} s`);
      load = { ...(await runLoad(child.url, child.pid, sample, args.stressConnections, args.stressDurationS, true)), distinctBodies: sample.length };
    } else {
      load = { connections: args.stressConnections, durationS: 0, requests: 0, rps: 0, p50Ms: NaN, p99Ms: NaN, non2xx: 0, graphqlErrors: 0, transportErrors: 0, timeouts: 0, peakRssMb: NaN, hwmMb: NaN, distinctBodies: sample.length };
    }
    const survived = !child.exit();
    const healthAfter = survived ? await fetch(new URL('healthz', child.url)).then((r) => `HTTP ${r.status}`, (e: Error) => `unreachable (${e.message})`) : 'process gone';
    const mem = memoryOf(child.pid);
    const ended = child.exit() ?? (await child.stop());
    return {
      backend: 'kuzu',
      scale: 1,
      seed: args.seed,
      fuzz: { requests: requests.length, valid, malformed, concurrency: args.stressConnections, durationMs, byCode, transportErrors, serverErrors, peakRssMb: fuzzPeak, samples },
      load,
      survived,
      healthAfter,
      rssStartMb,
      rssEndMb: mem?.rssMb ?? NaN,
      hwmMb: mem?.hwmMb ?? NaN,
      exit: { code: ended.code, signal: ended.signal },
      logTail: child.log.slice(-40),
    };
  } finally {
    if (!child.exit()) await child.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
