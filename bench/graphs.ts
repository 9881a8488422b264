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
import { syntheticGraph, writeGraph } from './synthetic.js';

/**
 * One benchmark database: the real knowledge, plus (scale > 1) the synthetic copies.
 * Kùzu databases live in temporary folders this module creates and deletes; they are
 * never the server's own ./data folder.
 */
export interface BenchGraph {
  readonly backend: Backend;
  readonly scale: number;
  readonly nodes: number;
  readonly relationships: number;
  readonly loadMs: number;
  /** Relationships the MERGE counted beyond the rows written (seen from Kùzu on a large hub). */
  readonly overCounted: number;
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

const KUZU_POOL_MB = 512;

/** Folders of databases not disposed yet: removed on Ctrl-C too (see removeLiveDirs). */
const LIVE_DIRS = new Set<string>();
export function removeLiveDirs(): void {
  for (const d of LIVE_DIRS) fs.rmSync(d, { recursive: true, force: true });
  LIVE_DIRS.clear();
}

export async function kuzuGraph(scale: number, fullCopies = false): Promise<BenchGraph> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `cmg-bench-${scale}x-`));
  LIVE_DIRS.add(dir);
  const make = () => new KuzuStore(loadCypher('kuzu'), { path: dir, bufferPoolMb: KUZU_POOL_MB });
  let store: KuzuStore | undefined = make();
  let overCounted = 0;
  const t0 = performance.now();
  try {
    await store.applySchema();
    await loadSeeds(store, SEEDS_DIR);
    if (scale > 1) overCounted = (await writeGraph(store, syntheticGraph(await real(), scale - 1, { statistics: fullCopies }))).overCounted;
  } catch (err) {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  const loadMs = performance.now() - t0;
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
    overCounted,
    serverEnv: { KUZU_PATH: dir, KUZU_BUFFER_POOL_MB: String(KUZU_POOL_MB) },
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

/**
 * Neo4j: scale 1 merges the real seeds into NEO4J_DATABASE (idempotent, as `npm run seed`).
 * Larger scales need a database of their own, NEO4J_BENCH_DATABASE, so synthetic data never
 * lands beside the knowledge; its synthetic nodes are deleted afterwards.
 */
export async function neo4jGraph(scale: number, fullCopies = false): Promise<BenchGraph> {
  const database = scale === 1 ? process.env.NEO4J_DATABASE || 'neo4j' : process.env.NEO4J_BENCH_DATABASE;
  if (!database) throw new SkipError('Neo4j scale runs need NEO4J_BENCH_DATABASE (a database of their own)');
  const options = {
    uri: process.env.NEO4J_URI ?? '',
    user: process.env.NEO4J_USER || 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
    database,
  };
  const make = () => new Neo4jStore(loadCypher('neo4j'), options);
  let store: Neo4jStore | undefined = make();
  const t0 = performance.now();
  await store.applySchema();
  await loadSeeds(store, SEEDS_DIR);
  const overCounted = scale > 1 ? (await writeGraph(store, syntheticGraph(await real(), scale - 1, { statistics: fullCopies }))).overCounted : 0;
  const loadMs = performance.now() - t0;
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
    overCounted,
    serverEnv: { NEO4J_DATABASE: database },
    open() {
      return (store ??= make());
    },
    release,
    async dispose() {
      if (scale > 1) await (store ??= make()).writeTransaction([{ name: BENCH_STATEMENTS.benchDeleteSynthetic }]);
      await release();
    },
  };
}

export class SkipError extends Error {}
