import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { csvObjects, parseCsv } from '../../src/seeds/csv.js';
import { SEEDS_DIR } from '../../src/store/create.js';
import type { GraphStore } from '../../src/store/port.js';
import { data } from '../support/graphql.js';
import { describeOnBackend, seededStore } from '../support/stores.js';

/**
 * Issue 10, part 2: every name a copied source prints for a country, commodity, group
 * or list finds its node through `search`. This walks every copied file under
 * seeds/usgs/ and seeds/compiled/, collects the names as printed, and takes the node
 * each names from the hand-kept mapping tables (usgs_countries.csv,
 * usgs_commodities.csv, usgs_names.csv), never from the code under test.
 */
const read = (file: string) => parseCsv(fs.readFileSync(path.join(SEEDS_DIR, file), 'utf8'));
const objects = (file: string) => csvObjects(read(file)).map((r) => r.values);
const clean = (s: string) => s.replace(/\u00a0/g, ' ').trim();
const countryName = (s: string) => clean(s).replace(/\d+$/, '').trim();

const countries = new Map(objects('usgs_countries.csv').map((r) => [r.printed!, r]));
const commodities = objects('usgs_commodities.csv');
const overrides = new Map(objects('usgs_names.csv').map((r) => [`${r.table}|${r.printed}`, r.ids!.split('|')]));

/** name -> the node ids it must find; names that name no node (world totals, "Other countries") are kept apart. */
const expected = new Map<string, Set<string>>();
const notNodes = new Set<string>();
const unresolved: string[] = [];
function expect_(name: string, ids: readonly string[], where: string) {
  const n = clean(name);
  if (!n) return;
  if (ids.length === 0) return void unresolved.push(`${where}: "${n}"`);
  const s = expected.get(n) ?? new Set<string>();
  for (const id of ids) s.add(id);
  expected.set(n, s);
}
function country(printed: string, where: string) {
  const n = countryName(printed);
  if (!n) return;
  const c = countries.get(n);
  if (!c) return void unresolved.push(`${where}: country "${n}"`);
  if (c.role !== 'country') return void notNodes.add(n);
  expect_(n, [c.country!], where);
}
const mappedIds = (source: string, table: string, printed: string) =>
  [...new Set(commodities.filter((m) => m.source === source && m.table === table && m.printed === clean(printed) && m.mineral).map((m) => m.mineral!))];

const walked: string[] = [];
for (const [source, dir] of [['usgs-mcs-2024', 'usgs/mcs2024'], ['usgs-mcs-2025', 'usgs/mcs2025']] as const) {
  const fig2 = fs.readdirSync(path.join(SEEDS_DIR, dir)).find((f) => /_Fig2_/.test(f))!;
  walked.push(`${dir}/${fig2}`);
  for (const r of objects(`${dir}/${fig2}`)) {
    expect_(r.Commodity!, overrides.get(`fig2|${clean(r.Commodity!)}`) ?? mappedIds(source, 'fig2', r.Commodity!), fig2);
    const col = Object.keys(r).find((k) => k.startsWith('Major_Import_Sources_'))!;
    for (const c of r[col]!.split(',')) country(c, fig2);
  }
  for (const f of fs.readdirSync(path.join(SEEDS_DIR, dir, 'salient')).filter((x) => x.endsWith('_salient.csv'))) {
    walked.push(`${dir}/salient/${f}`);
    const code = f.replace(/^mcs\d{4}-/i, '').replace(/_salient\.csv$/, '');
    for (const name of new Set(objects(`${dir}/salient/${f}`).map((r) => clean(r.Commodity ?? '')).filter(Boolean))) {
      expect_(name, overrides.get(`salient|${name}`) ?? mappedIds(source, 'salient', code), f);
    }
  }
}
walked.push('usgs/mcs2025/MCS2025_World_Data.csv');
for (const r of objects('usgs/mcs2025/MCS2025_World_Data.csv')) {
  expect_(r.COMMODITY!, overrides.get(`world|${clean(r.COMMODITY!)}`) ?? mappedIds('usgs-mcs-2025', 'world', r.COMMODITY!), 'MCS2025_World_Data.csv');
  country(r.COUNTRY!, 'MCS2025_World_Data.csv');
}
for (const f of fs.readdirSync(path.join(SEEDS_DIR, 'usgs/mcs2024/world')).filter((x) => x.endsWith('_world.csv'))) {
  walked.push(`usgs/mcs2024/world/${f}`);
  for (const { cells } of read(`usgs/mcs2024/world/${f}`).rows) country(cells[1] ?? '', f);
}
for (const f of fs.readdirSync(path.join(SEEDS_DIR, 'compiled')).filter((x) => x.endsWith('.csv'))) {
  walked.push(`compiled/${f}`);
  for (const r of objects(`compiled/${f}`)) {
    expect_(r.economy!, overrides.get(`compiled|${clean(r.economy!)}`) ?? [], f);
    expect_(r.group!, overrides.get(`compiled|${clean(r.group!)}`) ?? [], f);
    expect_(r.member!, [clean(r.member!).toLowerCase()], f);
  }
}

describeOnBackend('issue 10: every printed name finds its node', () => {
  let store: GraphStore;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ store, dispose } = await seededStore());
  });
  afterAll(async () => dispose());

  it('walks every copied data file and resolves every printed name in the mapping tables', () => {
    const all = (dir: string): string[] =>
      fs.readdirSync(path.join(SEEDS_DIR, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? all(`${dir}/${e.name}`) : [`${dir}/${e.name}`]));
    expect(walked.sort()).toEqual([...all('usgs'), ...all('compiled')].filter((f) => f.endsWith('.csv')).sort());
    expect(unresolved).toEqual([]);
    expect(expected.size).toBeGreaterThan(250);
    expect([...notNodes].sort()).toEqual(expect.arrayContaining(['Other countries', 'World total']));
  });

  it('finds each printed name’s node(s) among the exact hits of search', async () => {
    const names = [...expected.keys()].sort();
    const missing: string[] = [];
    for (let i = 0; i < names.length; i += 80) {
      const batch = names.slice(i, i + 80);
      const d = await data(store, `{ ${batch.map((n, j) => `s${j}: search(text: ${JSON.stringify(n)}, first: 20) { score node { id } }`).join(' ')} }`);
      batch.forEach((n, j) => {
        const exact = new Set((d[`s${j}`] as { score: number; node: { id: string } }[]).filter((h) => h.score === 1).map((h) => h.node.id));
        for (const id of expected.get(n)!) if (!exact.has(id)) missing.push(`"${n}" -> ${id}`);
      });
    }
    expect(missing).toEqual([]);
  });

  it('finds the names the issue names, first', async () => {
    const d = await data(store, `{
      cod: search(text: "Congo (Kinshasa)", first: 1) { node { id } score }
      kor: search(text: "Korea, Republic of", first: 1) { node { id } score }
      nb: search(text: "Columbium", first: 1) { node { id } }
      nbFull: search(text: "NIOBIUM (COLUMBIUM)", first: 1) { node { id } score }
      pgm: search(text: "Platinum-Group Metals", first: 1) { node { id } score }
      pgmShort: search(text: "PGM", first: 1) { node { id } score }
      eo: search(text: "EO 14017", first: 1) { node { id } score }
    }`);
    expect(d.cod).toEqual([{ node: { id: 'COD' }, score: 1 }]);
    expect(d.kor).toEqual([{ node: { id: 'KOR' }, score: 1 }]);
    expect(d.nb).toEqual([{ node: { id: 'niobium' } }]);
    expect(d.nbFull).toEqual([{ node: { id: 'niobium' }, score: 1 }]);
    expect(d.pgm).toEqual([{ node: { id: 'platinum-group-metals' }, score: 1 }]);
    expect(d.pgmShort).toEqual([{ node: { id: 'platinum-group-metals' }, score: 1 }]);
    expect(d.eo).toEqual([{ node: { id: 'eo-14017' }, score: 1 }]);
  });
});
