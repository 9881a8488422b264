import { localNeo4jUnavailable } from './neo4j-local.js';

/** Command-line flags of `npm run bench -- ...` (see bench/README.md). */
export interface BenchArgs {
  readonly quick: boolean;
  /** Copy production and indicator facts into the scale graphs too (slow to write; see bench/synthetic.ts). */
  readonly fullCopies: boolean;
  readonly stress: boolean;
  /** The soak: the operation mix at a fixed concurrency for soakMinutes, RSS sampled every soakSampleS (bench/soak.ts). */
  readonly soak: boolean;
  readonly soakMinutes: number;
  readonly soakConnections: number;
  readonly soakSampleS: number;
  readonly iterations: number;
  readonly warmup: number;
  /** Cap on one latency series, in ms (a slow operation at scale stops early, after at least 5 samples). */
  readonly maxSeriesMs: number;
  readonly scales: readonly number[];
  readonly throughputScales: readonly number[];
  readonly connections: readonly number[];
  readonly durationS: number;
  readonly stressRequests: number;
  readonly stressConnections: number;
  readonly stressDurationS: number;
  readonly seed: number;
  readonly backends: readonly ('kuzu' | 'neo4j')[];
  /** Only the graph view's drawing times (bench/render.ts); a full run measures them last. */
  readonly renderOnly: boolean;
  /** Node counts the graph view draws (default 1000,5000). */
  readonly renderNodes: readonly number[];
  readonly renderRuns: number;
  readonly out?: string;
}

const HELP = `npm run bench -- [flags]
  --quick                    fast smoke run (few iterations, 2 s load runs, scales 1,10)
  --stress                   stress mode instead: fuzzed requests, then sustained load; crashes and memory
  --soak                     soak instead (after the stress phases with --stress): the operation mix for
                             --soak-minutes at --soak-connections, RSS over time and its slope
  --iterations N             timed iterations per operation and side (default 100; quick 15)
  --warmup N                 untimed iterations first (default 10; quick 3)
  --max-series-ms N          stop a latency series after N ms once it has 3 samples (default 8000)
  --scales 1,10,100          graph sizes relative to the real knowledge (default 1,10,100; quick 1,10)
  --full-copies              scale graphs copy production and indicator facts too (N times every fact; slow)
  --throughput-scales 1,100  scales that also get the autocannon runs (default 1 and the largest)
  --connections 1,16,64      autocannon connection counts (default 1,16,64)
  --duration S               seconds per autocannon run (default 10; quick 2)
  --backends kuzu,neo4j      default: both; Neo4j is NEO4J_URI's server, or else a local one per scale
                             (tools/neo4j, needs Java and Maven; without them its rows say why they were skipped)
  --stress-requests N        fuzzed requests in stress mode (default 10000)
  --stress-connections N     concurrency in stress mode (default 64)
  --stress-duration S        seconds of sustained fuzzed load in stress mode (default 60)
  --soak-minutes M           length of the soak (default 10; quick 1); any --soak-* flag implies --soak
  --soak-connections N       autocannon connections in the soak (default 16)
  --soak-sample-s S          seconds between memory samples in the soak (default 5)
  --render                   only the graph view's drawing times in headless Chromium (a full run ends with them)
  --render-nodes 1000,5000   node counts the graph view draws (default 1000,5000)
  --render-runs N            drawings per count (default 3; quick 1)
  --seed N                   fuzzer seed (default 1)
  --out FILE                 where to write the JSON (default bench/results/<timestamp>.json)`;

export function parseArgs(argv: readonly string[]): BenchArgs {
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') {
      process.stdout.write(HELP + '\n');
      process.exit(0);
    }
    if (!a.startsWith('--')) throw new Error(`unexpected argument ${a}\n${HELP}`);
    const [k, inline] = a.slice(2).split('=', 2);
    if (inline !== undefined) flags.set(k, inline);
    else if (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) flags.set(k, argv[++i]);
    else flags.set(k, true);
  }
  const known = new Set(['quick', 'full-copies', 'stress', 'iterations', 'warmup', 'max-series-ms', 'scales', 'throughput-scales', 'connections', 'duration', 'backends', 'stress-requests', 'stress-connections', 'stress-duration', 'soak', 'soak-minutes', 'soak-connections', 'soak-sample-s', 'seed', 'out', 'render', 'render-nodes', 'render-runs']);
  for (const k of flags.keys()) if (!known.has(k)) throw new Error(`unknown flag --${k}\n${HELP}`);
  const quick = flags.get('quick') === true;
  if (typeof flags.get('soak') === 'string') throw new Error(`--soak takes no value (the length is --soak-minutes M)\n${HELP}`);
  const num = (k: string, d: number, min = 0) => {
    const v = flags.get(k);
    if (v === undefined) return d;
    const n = Number(v);
    if (!Number.isFinite(n) || n < min) throw new Error(`--${k} takes a number >= ${min}, got ${String(v)}`);
    return n;
  };
  const list = (k: string, d: readonly number[]) => {
    const v = flags.get(k);
    if (v === undefined) return d;
    const l = String(v).split(',').map(Number);
    if (l.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--${k} takes whole numbers >= 1 separated by commas, got ${String(v)}`);
    return l;
  };
  const scales = list('scales', quick ? [1, 10] : [1, 10, 100]);
  const backendsFlag = flags.get('backends');
  // Neo4j by default too: without NEO4J_URI the benchmark starts its own (bench/graphs.ts), and
  // where it cannot, the Neo4j rows are reported as skipped with the reason rather than left out.
  const backends = (typeof backendsFlag === 'string' ? backendsFlag.split(',') : ['kuzu', 'neo4j']) as ('kuzu' | 'neo4j')[];
  for (const b of backends) if (b !== 'kuzu' && b !== 'neo4j') throw new Error(`--backends takes kuzu and/or neo4j, got ${b}`);
  if (typeof backendsFlag === 'string' && backends.includes('neo4j') && !process.env.NEO4J_URI) {
    const why = localNeo4jUnavailable();
    if (why) throw new Error(`--backends neo4j: ${why}`);
  }
  return {
    quick,
    fullCopies: flags.get('full-copies') === true,
    stress: flags.get('stress') === true,
    soak: flags.has('soak') || [...flags.keys()].some((k) => k.startsWith('soak-')),
    // Fractions of a minute are allowed, for trying the soak out; autocannon takes whole seconds.
    soakMinutes: num('soak-minutes', quick ? 1 : 10, 0.1),
    soakConnections: Math.round(num('soak-connections', 16, 1)),
    soakSampleS: num('soak-sample-s', 5, 1),
    iterations: num('iterations', quick ? 15 : 100, 1),
    warmup: num('warmup', quick ? 3 : 10),
    maxSeriesMs: num('max-series-ms', quick ? 3000 : 8000, 1),
    scales,
    throughputScales: list('throughput-scales', [...new Set([1, Math.max(...scales)])]),
    connections: list('connections', [1, 16, 64]),
    durationS: num('duration', quick ? 2 : 10, 1),
    stressRequests: num('stress-requests', quick ? 1000 : 10_000, 1),
    stressConnections: num('stress-connections', 64, 1),
    stressDurationS: num('stress-duration', quick ? 5 : 60, 1),
    seed: num('seed', 1),
    backends,
    renderOnly: flags.get('render') === true,
    renderNodes: list('render-nodes', [1000, 5000]),
    renderRuns: Math.round(num('render-runs', quick ? 1 : 3, 1)),
    out: typeof flags.get('out') === 'string' ? String(flags.get('out')) : undefined,
  };
}
