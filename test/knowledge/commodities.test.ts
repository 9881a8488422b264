import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { csvObjects, parseCsv } from '../../src/seeds/csv.js';
import { usgsCoverage } from '../../src/seeds/usgs-coverage.js';
import { SEEDS_DIR } from '../../src/store/create.js';
import type { GraphStore } from '../../src/store/port.js';
import { data } from '../support/graphql.js';
import { describeOnBackend, seededStore } from '../support/stores.js';

/**
 * Issue 10, part 3: every commodity USGS publishes as a row of its own is a node of its
 * own, linked to its mineral by FORM_OF, and answers with its own figures. Expected
 * values are read here from the copied USGS files themselves.
 */
function rows(file: string): Record<string, string>[] {
  return csvObjects(parseCsv(fs.readFileSync(path.join(SEEDS_DIR, file), 'utf8'))).map((r) => r.values);
}
const fig2 = {
  'usgs-mcs-2025': rows('usgs/mcs2025/MCS2025_Fig2_Net_Import_Reliance.csv'),
  'usgs-mcs-2024': rows('usgs/mcs2024/MCS2024_Fig2_Net_Import_Reliance.csv'),
};
const mapping = rows('usgs_commodities.csv');
const countryCodes = new Map(rows('usgs_countries.csv').map((r) => [r.printed!, r.country!]));
const fig2Id = (source: string, printed: string) => mapping.filter((m) => m.source === source && m.table === 'fig2' && m.printed === printed.trim());
const printedOf = (source: 'usgs-mcs-2025' | 'usgs-mcs-2024', commodity: string) => fig2[source].find((r) => r.Commodity!.trim() === commodity)!;

describeOnBackend('issue 10: commodities at the granularity USGS publishes them', () => {
  let store: GraphStore;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ store, dispose } = await seededStore());
  });
  afterAll(async () => dispose());

  it('maps each Fig2 row of each release to exactly one node, no two rows of a release to the same node', () => {
    for (const [source, table] of Object.entries(fig2)) {
      const ids = table.map((r) => {
        const found = fig2Id(source, r.Commodity!);
        expect(found, `${source} ${r.Commodity}`).toHaveLength(1);
        expect(found[0]!.mineral, `${source} ${r.Commodity}`).not.toBe('');
        return found[0]!.mineral;
      });
      expect(new Set(ids).size, source).toBe(ids.length);
    }
  });

  it('answers every MCS2025 Fig2 row with that row’s own 2024 reliance and its own first import source', async () => {
    const table = fig2['usgs-mcs-2025'].filter((r) => !['', 'NA'].includes(r.Net_Import_Reliance_pct_2024!.trim()));
    expect(table.length).toBeGreaterThan(50);
    const ids = table.map((r) => fig2Id('usgs-mcs-2025', r.Commodity!)[0]!.mineral);
    const q = `{ ${ids.map((id, i) => `m${i}: mineral(id: ${JSON.stringify(id)}) { importReliance { year text } importSources(period: "2020-2023") { rank country { id } } }`).join(' ')} }`;
    const d = await data(store, q);
    table.forEach((r, i) => {
      const m = d[`m${i}`];
      expect(m, ids[i]).not.toBeNull();
      const r2024 = m.importReliance.find((x: { year: number }) => x.year === 2024);
      expect(r2024?.text, `${r.Commodity} -> ${ids[i]}`).toBe(r.Net_Import_Reliance_pct_2024!.trim());
      const printed = r.Major_Import_Sources_2020_2023!.split(',').map((s) => s.replace(/\u00a0/g, ' ').trim().replace(/\d+$/, '').trim()).filter(Boolean);
      expect(m.importSources.length, `${r.Commodity} import sources`).toBe(printed.length);
      if (printed.length) {
        const top = m.importSources.find((s: { rank: number }) => s.rank === 1);
        expect(top.country.id, `${r.Commodity} top source ${printed[0]}`).toBe(countryCodes.get(printed[0]!));
      }
    });
  });

  it('searching "bauxite" finds bauxite, with its own reliance and sources, not aluminum’s', async () => {
    const d = await data(store, `{
      s: search(text: "bauxite", first: 3) { node { id } score }
      b: mineral(id: "bauxite") { formOf { id } importReliance { year text } importSources(period: "2020-2023") { rank country { id } } }
      a: mineral(id: "aluminum") { forms { id } importReliance { year text } }
    }`);
    expect(d.s[0]).toEqual({ node: { id: 'bauxite' }, score: 1 });
    expect(d.b.formOf).toEqual({ id: 'aluminum' });
    expect(d.a.forms.map((f: { id: string }) => f.id)).toEqual(['alumina', 'bauxite']);
    const bauxite = printedOf('usgs-mcs-2025', 'BAUXITE');
    const aluminum = printedOf('usgs-mcs-2025', 'ALUMINUM');
    expect(bauxite.Net_Import_Reliance_pct_2024).not.toBe(aluminum.Net_Import_Reliance_pct_2024);
    expect(d.b.importReliance.find((r: { year: number }) => r.year === 2024).text).toBe(bauxite.Net_Import_Reliance_pct_2024!.trim());
    expect(d.a.importReliance.find((r: { year: number }) => r.year === 2024).text).toBe(aluminum.Net_Import_Reliance_pct_2024!.trim());
    expect(d.b.importSources.length).toBe(bauxite.Major_Import_Sources_2020_2023!.split(',').length);
  });

  it('keeps the forms apart: sheet and scrap-and-flake mica, concentrates and sponge titanium, compounds and metal magnesium, diamond stones and bort', async () => {
    const d = await data(store, `{
      mica: mineral(id: "mica") { importReliance { year } forms { id } }
      sheet: mineral(id: "sheet-mica") { importReliance { year text } formOf { id } }
      flake: mineral(id: "scrap-and-flake-mica") { importReliance { year text } formOf { id } }
      tc: mineral(id: "titanium-mineral-concentrates") { importReliance { year text } formOf { id } producers(year: 2024) { type } }
      ti: mineral(id: "titanium") { importReliance { year text } producers(year: 2024) { type } forms { id } }
      mgc: mineral(id: "magnesium-compounds") { importReliance { year text } formOf { id } }
      stones: mineral(id: "industrial-diamond-stones") { importReliance { year text } formOf { id } }
      bort: mineral(id: "industrial-diamond-bort") { importReliance { year text } formOf { id } }
      cement: mineral(id: "cement") { importReliance { year text } producers(year: 2024) { country { id } unit } }
    }`);
    const r2024 = (m: { importReliance: { year: number; text: string }[] }) => m.importReliance.find((r) => r.year === 2024)?.text;
    expect(d.mica.importReliance).toEqual([]);
    expect(d.mica.forms.map((f: { id: string }) => f.id)).toEqual(['scrap-and-flake-mica', 'sheet-mica']);
    expect(r2024(d.sheet)).toBe(printedOf('usgs-mcs-2025', 'MICA (NATURAL), sheet').Net_Import_Reliance_pct_2024!.trim());
    expect(r2024(d.flake)).toBe(printedOf('usgs-mcs-2025', 'MICA (NATURAL), scrap and flake').Net_Import_Reliance_pct_2024!.trim());
    expect(r2024(d.tc)).toBe(printedOf('usgs-mcs-2025', 'TITANIUM MINERAL CONCENTRATES').Net_Import_Reliance_pct_2024!.trim());
    expect(r2024(d.ti)).toBe(printedOf('usgs-mcs-2025', 'TITANIUM, sponge metal').Net_Import_Reliance_pct_2024!.trim());
    expect(r2024(d.mgc)).toBe(printedOf('usgs-mcs-2025', 'MAGNESIUM COMPOUNDS').Net_Import_Reliance_pct_2024!.trim());
    expect(r2024(d.stones)).toBe(printedOf('usgs-mcs-2025', 'DIAMOND (INDUSTRIAL), stones').Net_Import_Reliance_pct_2024!.trim());
    expect(r2024(d.bort)).toBe(printedOf('usgs-mcs-2025', 'DIAMOND (INDUSTRIAL), bort, grit, and dust and powder').Net_Import_Reliance_pct_2024!.trim());
    expect(r2024(d.cement)).toBe(printedOf('usgs-mcs-2025', 'CEMENT').Net_Import_Reliance_pct_2024!.trim());
    for (const k of ['sheet', 'flake']) expect(d[k].formOf).toEqual({ id: 'mica' });
    expect(d.tc.formOf).toEqual({ id: 'titanium' });
    expect(d.mgc.formOf).toEqual({ id: 'magnesium' });
    expect(d.stones.formOf).toEqual({ id: 'industrial-diamond' });
    // Titanium's own production is the sponge metal; the concentrates' mine series is theirs.
    expect(new Set(d.ti.producers.map((p: { type: string }) => p.type))).toEqual(new Set(['sponge']));
    expect(d.tc.producers.length).toBeGreaterThan(0);
    expect(d.tc.producers.every((p: { type: string }) => p.type.startsWith('mine'))).toBe(true);
    const world = rows('usgs/mcs2025/MCS2025_World_Data.csv').filter((r) => r.COMMODITY === 'Cement' && r.TYPE!.startsWith('Cement production') && r.COUNTRY!.trim() === 'China');
    expect(d.cement.producers.find((p: { country: { id: string } }) => p.country.id === 'CHN')).toEqual({ country: { id: 'CHN' }, unit: world[0]!.UNIT_MEAS });
  });

  it('reads the salient tables of the commodities published apart: each column its own node', async () => {
    const salient = rows('usgs/mcs2025/salient/mcs2025-abras_salient.csv').find((r) => r.Year === '2021')!;
    const cement = rows('usgs/mcs2025/salient/mcs2025-cemen_salient.csv').find((r) => r.Year === '2021')!;
    const d = await data(store, `{
      fao: mineral(id: "fused-aluminum-oxide") { importReliance { year text } }
      sic: mineral(id: "silicon-carbide") { importReliance { year text } }
      met: mineral(id: "metallic-abrasives") { importReliance { year text } formOf { id } }
      cem: mineral(id: "cement") { importReliance { year text } }
    }`);
    const y2021 = (m: { importReliance: { year: number; text: string }[] }) => m.importReliance.find((r) => r.year === 2021)?.text;
    expect(y2021(d.fao)).toBe(salient.NIR_Al2O3_pct);
    expect(y2021(d.sic)).toBe(salient.NIR_SiC_pct);
    expect(y2021(d.met)).toBe(salient.NIR_Met_Abras_pct);
    expect(d.met.formOf).toEqual({ id: 'manufactured-abrasives' });
    expect(y2021(d.cem)).toBe(cement.NIR_pct);
  });

  it('reads every row of every copied USGS file: 0 unmapped, every row out of scope with a reason', () => {
    const c = usgsCoverage(SEEDS_DIR);
    expect(c.unmapped).toBe(0);
    // Every copied CSV under seeds/usgs/ is counted (walked here independently).
    const walk = (dir: string): string[] =>
      fs.readdirSync(path.join(SEEDS_DIR, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(`${dir}/${e.name}`) : [`${dir}/${e.name}`]));
    const csvs = walk('usgs').filter((f) => f.endsWith('.csv')).sort();
    expect(c.files.map((f) => f.file).sort()).toEqual(csvs);
    for (const f of c.files) {
      expect(f.rows, f.file).toBeGreaterThan(0);
      expect(f.mapped + f.outOfScope, f.file).toBe(f.rows);
      for (const r of f.reasons) expect(r.reason.length, f.file).toBeGreaterThan(10);
    }
    // The Fig2 tables: one row per commodity, every one mapped.
    expect(c.files.find((f) => f.file.endsWith('MCS2025_Fig2_Net_Import_Reliance.csv'))).toMatchObject({ rows: fig2['usgs-mcs-2025'].length, mapped: fig2['usgs-mcs-2025'].length });
    expect(c.files.find((f) => f.file.endsWith('MCS2024_Fig2_Net_Import_Reliance.csv'))).toMatchObject({ rows: fig2['usgs-mcs-2024'].length, mapped: fig2['usgs-mcs-2024'].length });
  });
});
