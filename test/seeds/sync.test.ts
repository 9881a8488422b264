/**
 * Loading seeds/ makes the database equal to it: what a file no longer holds is gone
 * from the graph, what changed is rewritten, and a dry run shows it all first without
 * writing. On every backend.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { countGraph, loadSeeds } from '../../src/seeds/load.js';
import { formatPlan, planTotals } from '../../src/seeds/sync.js';
import { SEEDS_DIR } from '../../src/store/create.js';
import { data } from '../support/graphql.js';
import { describeOnBackend, seededStore, type TestStore } from '../support/stores.js';

/** A copy of seeds/ with one file's text edited. */
function editedCopy(file: string, edit: (text: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cmg-seeds-sync-'));
  fs.cpSync(SEEDS_DIR, dir, { recursive: true });
  const at = path.join(dir, file);
  const before = fs.readFileSync(at, 'utf8');
  const after = edit(before);
  expect(after).not.toBe(before);
  fs.writeFileSync(at, after);
  return dir;
}

const LISTING = 'USA-2018,antimony,Antimony,';
const listedOn2018 = async (t: TestStore) =>
  (await data(t.store, '{ listEdition(id: "USA-2018") { minerals { id } } }')).listEdition.minerals.map((m: { id: string }) => m.id) as string[];

describeOnBackend('seeding syncs the database to seeds/', () => {
  let t: TestStore;
  const dirs: string[] = [];
  beforeAll(async () => {
    t = await seededStore();
  });
  afterAll(async () => {
    await t?.dispose();
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  it('a removed listing row: the dry run names the LISTS fact and writes nothing; the load removes it; seeds/ again restores it', async () => {
    const dir = editedCopy('listings.csv', (s) => s.split('\n').filter((l) => !l.startsWith(LISTING)).join('\n'));
    dirs.push(dir);
    const before = await countGraph(t.store);
    expect(await listedOn2018(t)).toContain('antimony');

    const dry = await loadSeeds(t.store, dir, undefined, { dryRun: true });
    expect(planTotals(dry.plan)).toEqual({ nodes: { added: 0, changed: 0, removed: 0 }, relationships: { added: 0, changed: 0, removed: 1 } });
    expect(formatPlan(dry.plan)).toContain('- LISTS (ListEdition→Mineral): 1 (USA-2018 → antimony)');
    expect(await countGraph(t.store)).toEqual(before);
    expect(await listedOn2018(t)).toContain('antimony');

    const done = await loadSeeds(t.store, dir);
    expect(planTotals(done.plan).relationships.removed).toBe(1);
    expect(await countGraph(t.store)).toEqual({ nodes: before.nodes, relationships: before.relationships - 1 });
    expect(await listedOn2018(t)).not.toContain('antimony');

    const back = await loadSeeds(t.store, SEEDS_DIR);
    expect(planTotals(back.plan).relationships).toEqual({ added: 1, changed: 0, removed: 0 });
    expect(await countGraph(t.store)).toEqual(before);
    expect(await listedOn2018(t)).toContain('antimony');
  });

  it('a changed property is rewritten, and a removed node goes with its facts', async () => {
    const dir = editedCopy('listings.csv', (s) => s.replace(`${LISTING},`, 'USA-2018,antimony,Antimony (as edited),,'));
    dirs.push(dir);
    const changed = await loadSeeds(t.store, dir);
    expect(planTotals(changed.plan).relationships).toEqual({ added: 0, changed: 1, removed: 0 });
    const d = await data(t.store, '{ mineral(id: "antimony") { listedIn { asPublished edition { id } } } }');
    expect(d.mineral.listedIn.find((l: any) => l.edition.id === 'USA-2018').asPublished).toBe('Antimony (as edited)');

    const before = await countGraph(t.store);
    const noCompany = editedCopy('companies.csv', (s) => {
      const [head, first, ...rest] = s.split('\n');
      expect(first).toMatch(/^[a-z0-9-]+,/);
      return [head, ...rest].join('\n');
    });
    dirs.push(noCompany);
    const id = fs.readFileSync(path.join(SEEDS_DIR, 'companies.csv'), 'utf8').split('\n')[1].split(',')[0];
    // A company no other row names, so the copy still validates without it.
    const referenced = fs.readdirSync(noCompany).filter((f) => f.endsWith('.csv') && f !== 'companies.csv').some((f) => fs.readFileSync(path.join(noCompany, f), 'utf8').includes(id));
    expect(referenced, `${id} is named by another seed file`).toBe(false);
    const removed = await loadSeeds(t.store, noCompany);
    expect(planTotals(removed.plan).nodes.removed).toBe(1);
    expect((await countGraph(t.store)).nodes).toBe(before.nodes - 1);
    expect((await data(t.store, `{ node(id: "${id}") { id } }`)).node).toBeNull();
    await loadSeeds(t.store, SEEDS_DIR);
  });
});
