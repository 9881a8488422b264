/**
 * A seed killed with SIGKILL in the middle of its transaction leaves the previous graph
 * whole: after a restart the database holds exactly what it held before, never part of
 * the new seeds. The seed CLI runs as its own process (as `npm run seed` does) on a copy
 * of seeds/ that renames China's id, so hundreds of facts are removed and re-added in
 * one transaction; it is killed as soon as it reports progress, with statements left.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { countGraph, loadSeeds } from '../../src/seeds/load.js';
import { SEEDS_DIR, loadCypher } from '../../src/store/create.js';
import { KuzuStore } from '../../src/store/kuzu-store.js';
import { Neo4jStore } from '../../src/store/neo4j-store.js';
import type { GraphStore } from '../../src/store/port.js';
import { STATEMENTS } from '../../src/store/statements.js';
import { backendUnderTest, describeOnBackend, emptyNeo4j, neo4jTarget } from '../support/stores.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Runs the seed CLI and SIGKILLs it at its first progress line that has statements left. */
function seedAndKill(env: Record<string, string>, seedsDir: string): Promise<{ killedMidway: boolean; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/seed.ts', '--seeds', seedsDir], {
      cwd: ROOT,
      env: { ...process.env, NEO4J_URI: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let killedMidway = false;
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /seed: (\d+)% \((\d+)\/(\d+) statements\)/.exec(out);
      if (m && !killedMidway && Number(m[2]) < Number(m[3])) {
        killedMidway = !/seed: changed/.test(out);
        child.kill('SIGKILL');
      }
    });
    child.on('exit', () => resolve({ killedMidway, out }));
  });
}

describeOnBackend('a seed killed mid-transaction', () => {
  const dirs: string[] = [];
  let copy: string;
  beforeAll(() => {
    copy = fs.mkdtempSync(path.join(os.tmpdir(), 'cmg-seeds-crash-'));
    dirs.push(copy);
    fs.cpSync(SEEDS_DIR, copy, { recursive: true });
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.csv')) fs.writeFileSync(p, fs.readFileSync(p, 'utf8').replace(/\bCHN\b/g, 'CHX'));
      }
    };
    walk(copy);
  });
  afterAll(() => {
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  it('leaves the previous graph whole after a restart', { timeout: 180_000 }, async () => {
    let reopen: () => GraphStore;
    let env: Record<string, string>;
    let store: GraphStore;
    if (backendUnderTest() === 'kuzu') {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cmg-kuzu-crash-'));
      dirs.push(dir);
      reopen = () => new KuzuStore(loadCypher('kuzu'), { path: dir, bufferPoolMb: 128 });
      env = { KUZU_PATH: dir };
      store = reopen();
    } else {
      const t = neo4jTarget();
      reopen = () => new Neo4jStore(loadCypher('neo4j'), t);
      env = { NEO4J_URI: t.uri, NEO4J_USER: t.user, NEO4J_PASSWORD: t.password, NEO4J_DATABASE: t.database };
      store = (await emptyNeo4j()).store;
    }
    // The previous graph: seeds/ loaded, then the store closed (Kùzu: one process per folder).
    await store.applySchema();
    await loadSeeds(store, SEEDS_DIR);
    const before = await countGraph(store);
    await store.close();

    const run = await seedAndKill(env, copy);
    expect(run.killedMidway, run.out).toBe(true);

    // "Restart": open the database again (Kùzu replays its log; Neo4j rolled back when the client vanished).
    store = reopen();
    try {
      expect(await countGraph(store)).toEqual(before);
      const ids = async (id: string) => (await store.read({ name: STATEMENTS.entityByIds, params: { ids: [id] } })).length;
      expect(await ids('CHN')).toBe(1);
      expect(await ids('CHX')).toBe(0);
      // And the graph is usable: a full load over it changes nothing.
      const again = await loadSeeds(store, SEEDS_DIR);
      expect(again.plan.statements).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
