import fs from 'node:fs';
import { afterAll, beforeAll, describe } from 'vitest';
import os from 'node:os';
import path from 'node:path';
import { loadSeeds } from '../../src/seeds/load.js';
import { SEEDS_DIR, loadCypher } from '../../src/store/create.js';
import { KuzuStore } from '../../src/store/kuzu-store.js';
import { Neo4jStore } from '../../src/store/neo4j-store.js';
import type { GraphStore } from '../../src/store/port.js';

/** A backend the conformance suite can run against, or the reason it cannot. */
export interface BackendFactory {
  readonly name: 'kuzu' | 'neo4j';
  /** Why it is skipped, or undefined when it runs. */
  readonly skip?: string;
  create(): Promise<GraphStore>;
  /** Removes what create() made (temporary folders). */
  cleanup(): Promise<void>;
}

/** An empty Kùzu store with the schema applied, in its own temporary folder. */
export async function tempKuzu(): Promise<{ store: KuzuStore; dir: string; dispose(): Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cmg-kuzu-'));
  const store = new KuzuStore(loadCypher('kuzu'), { path: dir, bufferPoolMb: 128 });
  await store.applySchema();
  return {
    store,
    dir,
    async dispose() {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Kùzu always; Neo4j when NEO4J_URI is set (skipped, visibly, otherwise). */
export function backendFactories(): BackendFactory[] {
  const dirs: string[] = [];
  const kuzu: BackendFactory = {
    name: 'kuzu',
    async create() {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cmg-kuzu-'));
      dirs.push(dir);
      return new KuzuStore(loadCypher('kuzu'), { path: dir, bufferPoolMb: 128 });
    },
    async cleanup() {
      for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
    },
  };
  const uri = process.env.NEO4J_URI;
  const neo4j: BackendFactory = {
    name: 'neo4j',
    skip: uri ? undefined : 'NEO4J_URI is not set',
    async create() {
      return new Neo4jStore(loadCypher('neo4j'), {
        uri: uri ?? '',
        user: process.env.NEO4J_USER ?? 'neo4j',
        password: process.env.NEO4J_PASSWORD ?? '',
        database: process.env.NEO4J_DATABASE ?? 'neo4j',
      });
    },
    async cleanup() {},
  };
  return [kuzu, neo4j];
}

/**
 * Runs `suite` once per backend present (Kùzu always; Neo4j when NEO4J_URI is set,
 * shown as skipped otherwise), each over a store seeded with seeds/ before the suite
 * and closed after it. `store()` gives the suite its store.
 */
export function forEachSeededBackend(title: string, suite: (store: () => GraphStore) => void): void {
  for (const backend of backendFactories()) {
    describe.skipIf(backend.skip !== undefined)(`${title} on ${backend.name}${backend.skip ? ` (skipped: ${backend.skip})` : ''}`, () => {
      let store: GraphStore | undefined;
      beforeAll(async () => {
        store = await backend.create();
        await store.applySchema();
        await loadSeeds(store, SEEDS_DIR);
      });
      afterAll(async () => {
        await store?.close();
        await backend.cleanup();
      });
      suite(() => {
        if (!store) throw new Error('the store is not ready');
        return store;
      });
    });
  }
}
