import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SeedValidationError, compileSeeds } from '../../src/seeds/compile.js';
import { countGraph, loadSeeds, readAllSeeds } from '../../src/seeds/load.js';
import { SEED_FILES } from '../../src/seeds/read.js';
import { planTotals } from '../../src/seeds/sync.js';
import { SEEDS_DIR } from '../../src/store/create.js';
import type { KuzuStore } from '../../src/store/kuzu-store.js';
import { tempKuzu } from '../support/stores.js';

/** A copy of the whole seeds/ tree (USGS files included) with one edit to one file. */
function brokenCopy(file: string, from: string, to: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cmg-seeds-broken-'));
  fs.cpSync(SEEDS_DIR, dir, { recursive: true });
  const target = path.join(dir, file);
  const text = fs.readFileSync(target, 'utf8');
  expect(text.includes(from), `${file} contains ${JSON.stringify(from)}`).toBe(true);
  fs.writeFileSync(target, text.replace(from, to));
  return dir;
}

const BROKEN = [
  {
    what: 'a listings row naming an unknown mineral',
    // The first data row of listings.csv is USA-2018 aluminum.
    file: 'listings.csv',
    from: '\nUSA-2018,aluminum,',
    to: '\nUSA-2018,aluminium-nonexistent,',
    issue: { file: 'listings.csv', row: 1, field: 'mineral' },
    message: /aluminium-nonexistent.*not a known Mineral id/,
  },
  {
    what: 'a list edition with an impossible date',
    // The first data row of list_editions.csv is USA-2018, published 2018-05-18.
    file: 'list_editions.csv',
    from: '\nUSA-2018,USA,usa-doi,2018,2018-05-18,',
    to: '\nUSA-2018,USA,usa-doi,2018,2018-02-30,',
    issue: { file: 'list_editions.csv', row: 1, field: 'published' },
    message: /2018-02-30.*not an ISO 8601 date/,
  },
] as const;

// Two databases for the whole file, opened once: Kùzu 0.11 can crash the process when
// finalizers of many closed databases run (kuzudb/kuzu#5881), so none is opened per test.
let store: KuzuStore;
let empty: KuzuStore;
const disposers: (() => Promise<void>)[] = [];
const copies: string[] = [];

beforeAll(async () => {
  const loaded = await tempKuzu();
  const blank = await tempKuzu();
  disposers.push(loaded.dispose, blank.dispose);
  store = loaded.store;
  empty = blank.store;
});

afterAll(async () => {
  for (const d of disposers) await d();
  for (const d of copies) fs.rmSync(d, { recursive: true, force: true });
});

describe('loading seeds/', () => {
  it('twice gives the same node and relationship counts, those the loader validated', async () => {
    const first = await loadSeeds(store, SEEDS_DIR);
    const afterFirst = await countGraph(store);
    expect(afterFirst.nodes).toBeGreaterThan(0);
    expect(afterFirst.relationships).toBeGreaterThan(0);
    expect(afterFirst).toEqual({ nodes: first.nodes, relationships: first.relationships });
    const second = await loadSeeds(store, SEEDS_DIR);
    expect([second.nodes, second.relationships]).toEqual([first.nodes, first.relationships]);
    expect(planTotals(first.plan)).toEqual({ nodes: { added: first.nodes, changed: 0, removed: 0 }, relationships: { added: first.relationships, changed: 0, removed: 0 } });
    // The database already equals seeds/: nothing to write.
    expect(second.plan.statements).toEqual([]);
    expect(planTotals(second.plan)).toEqual({ nodes: { added: 0, changed: 0, removed: 0 }, relationships: { added: 0, changed: 0, removed: 0 } });
    expect(await countGraph(store)).toEqual(afterFirst);
  });

  describe.each(BROKEN)('a copy with $what', (b) => {
    let dir: string;
    beforeAll(() => {
      dir = brokenCopy(b.file, b.from, b.to);
      copies.push(dir);
    });

    it('is otherwise the whole tree, USGS files included: unbroken, it validates to the same graph as seeds/', async () => {
      expect(fs.existsSync(path.join(dir, 'usgs', 'mcs2025', 'MCS2025_Fig2_Net_Import_Reliance.csv'))).toBe(true);
      fs.writeFileSync(path.join(dir, b.file), fs.readFileSync(path.join(SEEDS_DIR, b.file)));
      try {
        const copy = compileSeeds(await readAllSeeds(dir));
        const original = compileSeeds(await readAllSeeds(SEEDS_DIR));
        expect([copy.nodeCount(), copy.relCount()]).toEqual([original.nodeCount(), original.relCount()]);
      } finally {
        const text = fs.readFileSync(path.join(dir, b.file), 'utf8');
        fs.writeFileSync(path.join(dir, b.file), text.replace(b.from, b.to));
      }
    });

    it('is refused whole, naming the file, the row and the field, and the database is unchanged', async () => {
      const before = await countGraph(store);
      expect(before.nodes).toBeGreaterThan(0);
      const err = await loadSeeds(store, dir).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(SeedValidationError);
      const issues = (err as SeedValidationError).issues;
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject(b.issue);
      expect(issues[0]!.message).toMatch(b.message);
      expect((err as Error).message).toContain(`${b.issue.file} row ${b.issue.row} field ${b.issue.field}`);
      expect(await countGraph(store)).toEqual(before);
    });

    it('leaves an empty database empty: none of its good rows is written', async () => {
      await expect(loadSeeds(empty, dir)).rejects.toBeInstanceOf(SeedValidationError);
      expect(await countGraph(empty)).toEqual({ nodes: 0, relationships: 0 });
    });
  });
});

describe('a copy of seeds/ with a file missing', () => {
  it('SEED_FILES lists exactly the CSVs at the top of seeds/', () => {
    expect([...SEED_FILES].sort()).toEqual(fs.readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.csv')).sort());
  });
  const missing = (file: string) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cmg-seeds-missing-'));
    fs.cpSync(SEEDS_DIR, dir, { recursive: true });
    fs.rmSync(path.join(dir, file));
    copies.push(dir);
    return dir;
  };
  it('names the missing seed file and what to do, and writes nothing', async () => {
    const err = await loadSeeds(empty, missing('countries.csv')).then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(SeedValidationError);
    expect((err as SeedValidationError).issues).toEqual([expect.objectContaining({ file: 'countries.csv', row: 0 })]);
    expect((err as Error).message).toMatch(/countries\.csv.*missing from .*restore it \(git checkout -- seeds\/countries\.csv\)/);
    expect(await countGraph(empty)).toEqual({ nodes: 0, relationships: 0 });
  });
  it('names a missing USGS data file', async () => {
    const file = 'usgs/mcs2025/MCS2025_Fig2_Net_Import_Reliance.csv';
    const err = await loadSeeds(empty, missing(file)).then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(SeedValidationError);
    expect((err as SeedValidationError).issues[0]).toMatchObject({ file });
    expect((err as Error).message).toMatch(/missing from .*restore it/);
  });
});
