import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { loadSeeds } from '../../src/seeds/load.js';
import { SEEDS_DIR, loadCypher } from '../../src/store/create.js';
import { KuzuStore } from '../../src/store/kuzu-store.js';
import { Neo4jStore } from '../../src/store/neo4j-store.js';
import type { Backend, GraphStore } from '../../src/store/port.js';
import { STATEMENTS } from '../../src/store/statements.js';

/**
 * The backend this test file runs on: each file of a backend suite runs once per
 * Vitest project (`kuzu`, `neo4j`, see vitest.config.ts), which sets TEST_BACKEND.
 */
export function backendUnderTest(): Backend {
  const b = process.env.TEST_BACKEND ?? 'kuzu';
  if (b !== 'kuzu' && b !== 'neo4j') throw new Error(`TEST_BACKEND must be kuzu or neo4j; got "${b}"`);
  return b;
}

/** Why this file's backend cannot run here (Neo4j without a server, Java or Maven), or undefined. */
export function backendSkip(): string | undefined {
  return backendUnderTest() === 'neo4j' ? inject('neo4j').skip : undefined;
}

/** The connection settings of the test Neo4j (test/support/neo4j-server.ts). */
export function neo4jTarget(): { uri: string; user: string; password: string; database: string } {
  const t = inject('neo4j');
  if (t.skip || !t.uri) throw new Error(`no Neo4j for this run: ${t.skip ?? 'no URI'}`);
  return { uri: t.uri, user: t.user ?? 'neo4j', password: t.password ?? '', database: t.database ?? 'neo4j' };
}

export interface TestStore<S extends GraphStore = GraphStore> {
  readonly store: S;
  dispose(): Promise<void>;
}

/** An empty Kùzu store with the schema applied, in its own temporary folder. */
export async function tempKuzu(): Promise<TestStore<KuzuStore> & { dir: string }> {
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

/** A store on the test Neo4j, the one database emptied (the schema applied). */
export async function emptyNeo4j(): Promise<TestStore<Neo4jStore>> {
  const store = new Neo4jStore(loadCypher('neo4j'), neo4jTarget());
  await store.applySchema();
  await store.writeTransaction([{ name: STATEMENTS.deleteAll }]);
  return { store, dispose: () => store.close() };
}

/**
 * An empty store of this file's backend with the schema applied: a Kùzu folder of its
 * own, or the test Neo4j emptied. Neo4j files run one at a time (vitest.config.ts), so
 * no file sees what another left behind.
 */
export async function emptyStore(): Promise<TestStore> {
  return backendUnderTest() === 'neo4j' ? emptyNeo4j() : tempKuzu();
}

/** An empty store of this file's backend, loaded with seeds/. */
export async function seededStore(): Promise<TestStore> {
  const t = await emptyStore();
  await loadSeeds(t.store, SEEDS_DIR);
  return t;
}

/**
 * Runs `suite` on this file's backend over a store seeded with seeds/ before the
 * suite and closed after it (shown as skipped, with the reason, when the backend
 * cannot run here). `store()` gives the suite its store.
 */
export function forEachSeededBackend(title: string, suite: (store: () => GraphStore) => void): void {
  const skip = backendSkip();
  describe.skipIf(skip !== undefined)(`${title} on ${backendUnderTest()}${skip ? ` (skipped: ${skip})` : ''}`, () => {
    let t: TestStore | undefined;
    beforeAll(async () => {
      t = await seededStore();
    });
    afterAll(async () => {
      await t?.dispose();
    });
    suite(() => {
      if (!t) throw new Error('the store is not ready');
      return t.store;
    });
  });
}

/** `describe`, titled with this file's backend and skipped, with the reason, when it cannot run here. */
export function describeOnBackend(title: string, suite: () => void): void {
  const skip = backendSkip();
  describe.skipIf(skip !== undefined)(`${title} on ${backendUnderTest()}${skip ? ` (skipped: ${skip})` : ''}`, suite);
}
