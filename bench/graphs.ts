import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compileSeeds, type CompiledGraph } from '../src/seeds/compile.js';
import { countGraph, loadSeeds, readAllSeeds } from '../src/seeds/load.js';
import { SEEDS_DIR, loadCypher } from '../src/store/create.js';
import { KuzuStore } from '../src/store/kuzu-store.js';
import { Neo4jStore } from '../src/store/neo4j-store.js';
import type { Backend, GraphStore } from '../src/store/port.js';
import { BENCH_STATEMENTS } from '../src/store/statements/bench.js';
import { localNeo4jUnavailable, startLocalNeo4j } from './neo4j-local.js';
import { syntheticGraph, withCopies, writeGraph } from './synthetic.js';

/**
 * One benchmark database: the real knowledge, plus (scale > 1) the synthetic copies.
 * Kùzu databases live in temporary folders this module creates and deletes; Neo4j ones in
 * a local server's temporary folder or a database the user gave for it (see neo4jGraph).
 * Never the server's own ./data folder.
 */
export interface BenchGraph {
  readonly backend: Backend;
  readonly scale: number;
  readonly nodes: number;
  readonly relationships: number;
  readonly loadMs: number;
  /** The synthetic copies' share of loadMs and the write transactions they took (scale > 1). */
  readonly synthetic?: { readonly ms: number; readonly transactions: number };
  /** Which server holds it (Neo4j), for the notes under the tables. */
  readonly server?: string;
  /** Neo4j: how to reach the database, for the peer. */
  readonly neo4j?: Neo4jTarget;
  /** Environment for a server process that serves this database. */
  readonly serverEnv: Record<string, string>;
  /** Opens (or reopens) the store in this process. */
  open(): GraphStore;
  /** Closes the store here, so a server process can open the folder (one Kùzu process per folder). */
  release(): Promise<void>;
  /** Closes, and removes what the benchmark wrote (the folder; on Neo4j the synthetic nodes). */
  dispose(): Promise<void>;
}

let realGraph: CompiledGraph | undefined;
async function real(): Promise<CompiledGraph> {
  return (realGraph ??= compileSeeds(await readAllSeeds(SEEDS_DIR)));
}

/**
 * Memory by scale. Up to 100x the defaults of a small machine; a 1000x graph (about 3
 * million relationships) is written in one transaction, whose changes Neo4j holds in
 * its heap, and read with both stores' data in memory, so each backend gets more.
 */
const kuzuPoolMb = (scale: number): number => (scale >= 1000 ? 4096 : 512);
const neo4jMemory = (scale: number): Record<string, string> => (scale >= 1000 ? { NEO4J_HEAP: '8g', NEO4J_PAGECACHE_MB: '2048' } : {});

/** Folders of databases not disposed yet: removed on Ctrl-C too (see removeLiveDirs). */
const LIVE_DIRS = new Set<string>();
export function removeLiveDirs(): void {
  for (const d of LIVE_DIRS) fs.rmSync(d, { recursive: true, force: true });
  LIVE_DIRS.clear();
}

/**
 * Writes one benchmark graph into an opened store: the schema, the real seeds, and for
 * a scale above 1 the synthetic copies (`beforeSeed` clears what an earlier run left).
 * `together` (an empty database of its own): the real seeds and the copies in one bulk
 * write, so each table is written whole by one statement where the store asks for that
 * (KuzuStore.bulkRows); its time is then reported as the copies'.
 */
async function fill<S extends GraphStore>(
  store: S,
  scale: number,
  fullCopies: boolean,
  opts: { together?: boolean; beforeSeed?: (s: S) => Promise<void>; split?: { perTransaction: number; undo: (s: S) => Promise<void> } } = {},
) {
  const { split } = opts;
  let synthetic: { ms: number; transactions: number } | undefined;
  const t0 = performance.now();
  await store.applySchema();
  if (opts.beforeSeed) await opts.beforeSeed(store);
  const together = opts.together && scale > 1;
  if (!together) await loadSeeds(store, SEEDS_DIR);
  if (scale > 1) {
    const t1 = performance.now();
    const copies = syntheticGraph(await real(), scale - 1, { statistics: fullCopies });
    const w = await writeGraph(store, together ? withCopies(await real(), copies) : copies, split && { perTransaction: split.perTransaction, undo: () => split.undo(store) });
    synthetic = { ms: performance.now() - t1, transactions: w.transactions };
  }
  return { loadMs: performance.now() - t0, synthetic };
}

export async function kuzuGraph(scale: number, fullCopies = false): Promise<BenchGraph> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `cmg-bench-${scale}x-`));
  LIVE_DIRS.add(dir);
  const make = () => new KuzuStore(loadCypher('kuzu'), { path: dir, bufferPoolMb: kuzuPoolMb(scale) });
  let store: KuzuStore | undefined = make();
  let filled: Awaited<ReturnType<typeof fill>>;
  try {
    filled = await fill(store, scale, fullCopies, { together: true });
  } catch (err) {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  const { loadMs, synthetic } = filled;
  const counts = await countGraph(store);
  const release = async () => {
    await store?.close();
    store = undefined;
  };
  return {
    backend: 'kuzu',
    scale,
    ...counts,
    loadMs,
    synthetic,
    serverEnv: { KUZU_PATH: dir, KUZU_BUFFER_POOL_MB: String(kuzuPoolMb(scale)) },
    open() {
      return (store ??= make());
    },
    release,
    async dispose() {
      await release();
      fs.rmSync(dir, { recursive: true, force: true });
      LIVE_DIRS.delete(dir);
    },
  };
}

/** Where a Neo4j benchmark graph lives: what the peer (bench/peer.ts) and a server process need to reach it. */
export interface Neo4jTarget {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database: string;
}

/** Nodes per DETACH DELETE transaction when a bench database is cleared of synthetic data. */
const DELETE_BATCH = 5_000;

/**
 * A Neo4j benchmark graph. Two ways, decided by NEO4J_URI:
 *
 * - unset: the repo's local Neo4j (tools/neo4j) is started for this scale alone, with an
 *   empty database in a temporary folder, and stopped (the folder removed) by dispose().
 *   One server per scale rather than one wiped between scales: each graph then starts
 *   from an empty store as each Kùzu graph does (no store files grown by the last,
 *   larger graph, no plans or page cache left warm by it), and nothing has to be
 *   deleted: removing a 100x graph in batches would cost longer than the ~10 s start.
 *   Without Java and Maven on PATH the rows are skipped, with the reason.
 * - set: that server. Scale 1 merges the real seeds into NEO4J_DATABASE (idempotent, as
 *   `npm run seed`). Larger scales write synthetic data, so only into a database the
 *   benchmark may wipe: NEO4J_BENCH_DATABASE (Community has one user database, so on
 *   Community these rows are skipped), never the same as NEO4J_DATABASE; its leftover
 *   synthetic nodes are deleted before the write and its synthetic nodes after the run.
 */
export async function neo4jGraph(scale: number, fullCopies = false, log: (msg: string) => void = () => {}): Promise<BenchGraph> {
  if (process.env.NEO4J_URI) {
    const knowledge = process.env.NEO4J_DATABASE || 'neo4j';
    const database = scale === 1 ? knowledge : process.env.NEO4J_BENCH_DATABASE;
    if (!database) throw new SkipError('Neo4j scale runs on NEO4J_URI need NEO4J_BENCH_DATABASE, a database the benchmark may wipe (unset NEO4J_URI to use the local Neo4j)');
    if (scale > 1 && database === knowledge) throw new SkipError(`NEO4J_BENCH_DATABASE is NEO4J_DATABASE (${database}): synthetic data never goes beside the knowledge`);
    const target = { uri: process.env.NEO4J_URI, user: process.env.NEO4J_USER || 'neo4j', password: process.env.NEO4J_PASSWORD ?? '', database };
    return buildNeo4j(target, scale, fullCopies, { server: `NEO4J_URI, database ${database}`, clearSynthetic: scale > 1 });
  }
  const why = localNeo4jUnavailable();
  if (why) throw new SkipError(why);
  const local = await startLocalNeo4j(log, [], neo4jMemory(scale)).catch((err: Error) => {
    // Once more: a start can fail for a reason of the moment (another process rebuilding
    // tools/neo4j at the same time was seen to stop one); a second failure fails the rows.
    log(`the local Neo4j did not start (${err.message.split('\n')[0]}); trying once more`);
    return startLocalNeo4j(log, [], neo4jMemory(scale));
  });
  try {
    const target = { uri: local.uri, user: local.user, password: local.password, database: 'neo4j' };
    return await buildNeo4j(target, scale, fullCopies, { server: 'local Neo4j (tools/neo4j), its own for this scale', clearSynthetic: false, stop: () => local.stop() });
  } catch (err) {
    await local.stop();
    throw err;
  }
}

async function buildNeo4j(
  target: Neo4jTarget,
  scale: number,
  fullCopies: boolean,
  how: { server: string; clearSynthetic: boolean; stop?: () => Promise<void> },
): Promise<BenchGraph> {
  const make = () => new Neo4jStore(loadCypher('neo4j'), target);
  let store: Neo4jStore | undefined = make();
  const deleteSynthetic = async (s: Neo4jStore) => {
    // In batches: one transaction deleting a 100x graph would need its whole change set in the heap.
    for (;;) {
      const [[row]] = await s.writeTransaction([{ name: BENCH_STATEMENTS.benchDeleteSynthetic, params: { batch: DELETE_BATCH } }]);
      if (Number(row?.deleted ?? 0) === 0) return;
    }
  };
  let filled: Awaited<ReturnType<typeof fill>>;
  try {
    // From 100x, one batch of up to 100k rows per transaction: one transaction of the 100x copies
    // (280k relationships) passed what the local server's 1 GB heap allows (see writeGraph).
    const split = scale >= 100 ? { perTransaction: 1, undo: deleteSynthetic } : undefined;
    filled = await fill(store, scale, fullCopies, { beforeSeed: how.clearSynthetic ? deleteSynthetic : undefined, split });
  } catch (err) {
    await store.close();
    throw err;
  }
  const { loadMs, synthetic } = filled;
  const counts = await countGraph(store);
  const release = async () => {
    await store?.close();
    store = undefined;
  };
  return {
    backend: 'neo4j',
    scale,
    ...counts,
    loadMs,
    synthetic,
    server: how.server,
    neo4j: target,
    serverEnv: { NEO4J_URI: target.uri, NEO4J_USER: target.user, NEO4J_PASSWORD: target.password, NEO4J_DATABASE: target.database },
    open() {
      return (store ??= make());
    },
    release,
    async dispose() {
      try {
        if (how.clearSynthetic) await deleteSynthetic((store ??= make()));
      } finally {
        await release();
        await how.stop?.();
      }
    },
  };
}

export class SkipError extends Error {}
