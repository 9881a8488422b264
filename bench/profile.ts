import 'reflect-metadata';
import { Session } from 'node:inspector/promises';
import { startServer } from '../src/http/server.js';
import { createLogger } from '../src/log.js';
import { GraphQLClient } from './measure.js';
import { OPERATIONS, bodyOf } from './operations.js';
import { kuzuGraph } from './graphs.js';

/**
 * `npm run bench:profile -- [scale] [requests]`: where a GraphQL request's time goes on
 * Kùzu. The server runs in this process on a graph of `scale` (default 1); each benchmark
 * operation is sent `requests` times (default 40) one after another while the V8 CPU
 * profiler samples the main thread. Per operation: wall time per request, the share the
 * main thread was idle (waiting for Kùzu's worker threads or the socket), and the
 * busy time by where the code lives (a package under node_modules, a folder of src/, Node's
 * own modules, native functions by name, the garbage collector). Kùzu's own work runs on its threads, so it shows as idle
 * here beside the kuzu package's JavaScript binding.
 */
interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function where(n: ProfileNode): string {
  const { url, functionName } = n.callFrame;
  if (functionName === '(idle)') return 'idle';
  if (functionName === '(garbage collector)') return 'GC';
  if (functionName === '(program)') return 'V8 (program)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (pkg) return pkg[1];
  const src = /\/(src\/[^/]+|bench)\//.exec(url);
  if (src) return src[1];
  if (url.startsWith('node:')) return 'node';
  // No script: V8 builtins and native calls (the kuzu addon's synchronous N-API work among them).
  if (url === '') return `native ${functionName || '(anonymous)'}`;
  return url;
}

/** Ids of the profile's nodes that are the profiler's own work: calls under the inspector session's post (Profiler.stop). */
function profilerOwn(p: Profile): Set<number> {
  const own = new Set<number>();
  const mark = (n: ProfileNode | undefined, under: boolean): void => {
    if (!n) return;
    const here = under || n.callFrame.url === 'node:inspector';
    if (here) own.add(n.id);
    for (const c of n.children ?? []) mark(byIdOf(p).get(c), here);
  };
  mark(p.nodes[0], false);
  return own;
}

const byIds = new WeakMap<Profile, Map<number, ProfileNode>>();
function byIdOf(p: Profile): Map<number, ProfileNode> {
  let m = byIds.get(p);
  if (!m) byIds.set(p, (m = new Map(p.nodes.map((n) => [n.id, n]))));
  return m;
}

function summarise(p: Profile): Map<string, number> {
  const byId = byIdOf(p);
  const own = profilerOwn(p);
  const out = new Map<string, number>();
  for (let i = 0; i < p.samples.length; i++) {
    const n = byId.get(p.samples[i]);
    // The profiler's own stop call (its 'native dispatch') is not the request's time.
    if (!n || own.has(n.id)) continue;
    const k = where(n);
    out.set(k, (out.get(k) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
  }
  return out;
}

async function main(): Promise<void> {
  const scale = Number(process.argv[2] ?? 1);
  const requests = Number(process.argv[3] ?? 40);
  // The benchmark's own Kùzu graph (bench/graphs.ts): the same build, folder and buffer pool.
  const graph = await kuzuGraph(scale);
  try {
    const store = graph.open();
    const server = await startServer({ store, logger: createLogger('silent'), port: 0, host: '127.0.0.1', queryTimeoutMs: 10_000 });
    const client = new GraphQLClient(server.url);
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    process.stdout.write(`Kùzu ${scale}x, ${requests} requests per operation, one at a time; busy time by where the code lives (ms per request)\n`);
    for (const op of OPERATIONS) {
      const body = bodyOf(op);
      for (let i = 0; i < 5; i++) await client.post(body);
      await session.post('Profiler.start');
      const t0 = performance.now();
      for (let i = 0; i < requests; i++) await client.post(body);
      const wall = (performance.now() - t0) / requests;
      const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
      const parts = [...summarise(profile)].map(([k, ms]) => [k, ms / requests] as const).sort((a, b) => b[1] - a[1]);
      const idle = parts.find(([k]) => k === 'idle')?.[1] ?? 0;
      const busy = parts.filter(([k]) => k !== 'idle');
      const shown = busy.slice(0, 6).map(([k, ms]) => `${k} ${ms.toFixed(2)}`).join(', ');
      process.stdout.write(`  ${op.name.padEnd(24)} ${wall.toFixed(2).padStart(8)} ms/request, idle ${((idle / wall) * 100).toFixed(0).padStart(3)}%; busy: ${shown}\n`);
    }
    session.disconnect();
    client.close();
    await server.close(1_000);
  } finally {
    await graph.dispose();
  }
}

// Kùzu 0.11 can crash at process exit even after a clean close: leave explicitly.
main().then(
  () => process.exit(0),
  (err) => {
    process.stderr.write(`profile failed: ${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  },
);
