import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { csvObjects, parseCsv } from '../../src/seeds/csv.js';
import { SEEDS_DIR } from '../../src/store/create.js';
import type { GraphStore } from '../../src/store/port.js';
import { data } from '../support/graphql.js';
import { describeOnBackend, seededStore } from '../support/stores.js';

/**
 * Issue 10, part 4: world totals on production shares, revised figures as facts of their
 * own release (the latest by default, any release on request), and paths through
 * parallel facts showing the latest. Expected values are read from the copied files.
 */
const read = (file: string) => parseCsv(fs.readFileSync(path.join(SEEDS_DIR, file), 'utf8'));
const objects = (file: string) => csvObjects(read(file)).map((r) => r.values);
const num = (s: string) => Number(s.replace(/,/g, ''));

const world2025 = objects('usgs/mcs2025/MCS2025_World_Data.csv');
const gallium2025 = (country: string) => world2025.find((r) => r.COMMODITY!.trim() === 'Gallium' && r.COUNTRY!.trim() === country)!;
const gallium2024 = (country: string) => objects('usgs/mcs2024/world/mcs2024-galli_world.csv').find((r) => r.Country!.trim() === country)!;
const nickelFig2024 = objects('usgs/mcs2024/MCS2024_Fig2_Net_Import_Reliance.csv').find((r) => r.Commodity!.trim() === 'NICKEL')!;
const nickelSalient2025 = objects('usgs/mcs2025/salient/mcs2025-nicke_salient.csv').find((r) => r.Year === '2023')!;

describeOnBackend('issue 10: world totals, revisions as facts, the latest of parallel facts', () => {
  let store: GraphStore;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ store, dispose } = await seededStore());
  });
  afterAll(async () => dispose());

  it('fills ProductionShare.worldTotal with the world total the file prints for the series and year', async () => {
    const d = await data(store, `{ mineral(id: "gallium") { producers(year: 2024) { country { id } amount worldTotal sharePercent release isLatest } } }`);
    const chn = d.mineral.producers.find((p: { country: { id: string } }) => p.country.id === 'CHN');
    const total = num(gallium2025('World total (rounded)')['PROD_EST_ 2024']!);
    expect(chn.amount).toBe(num(gallium2025('China')['PROD_EST_ 2024']!));
    expect(chn.worldTotal).toBe(total);
    expect(chn.sharePercent).toBeCloseTo((chn.amount / total) * 100, 2);
    expect(chn).toMatchObject({ release: 'usgs-mcs-2025', isLatest: true });
    for (const p of d.mineral.producers) expect(p.worldTotal, p.country.id).toBe(total);
  });

  it('keeps each release’s reading of a revised figure: the latest by default, an earlier release on request', async () => {
    const d = await data(store, `{
      ni: mineral(id: "nickel") {
        latest: importReliance { year text release isLatest }
        old: importReliance(release: "usgs-mcs-2024") { year text release isLatest }
      }
      ga: mineral(id: "gallium") {
        latest: producers(year: 2023) { country { id } amount release isLatest }
        old: producers(year: 2023, release: "usgs-mcs-2024") { country { id } amount estimated release isLatest }
      }
    }`);
    const y = (rows: { year: number }[], year: number) => rows.filter((r) => r.year === year);
    expect(y(d.ni.latest, 2023)).toEqual([{ year: 2023, text: nickelSalient2025.NIR_ct!.trim(), release: 'usgs-mcs-2025', isLatest: true }]);
    expect(y(d.ni.old, 2023)).toEqual([{ year: 2023, text: nickelFig2024.Net_Import_Reliance_pct_2023!.trim(), release: 'usgs-mcs-2024', isLatest: false }]);
    expect(nickelFig2024.Net_Import_Reliance_pct_2023!.trim()).not.toBe(nickelSalient2025.NIR_ct!.trim());
    // The older release's readings are all there, and only its.
    expect(d.ni.old.every((r: { release: string }) => r.release === 'usgs-mcs-2024')).toBe(true);
    expect(d.ni.old.map((r: { year: number }) => r.year)).toEqual([2019, 2020, 2021, 2022, 2023]);
    const chnLatest = d.ga.latest.find((p: { country: { id: string } }) => p.country.id === 'CHN');
    const chnOld = d.ga.old.find((p: { country: { id: string } }) => p.country.id === 'CHN');
    expect(chnLatest).toMatchObject({ amount: num(gallium2025('China').PROD_2023!), release: 'usgs-mcs-2025', isLatest: true });
    const col2024 = Object.keys(gallium2024('China')).find((k) => /^Prod_.*2023$/i.test(k))!;
    expect(chnOld).toMatchObject({ amount: num(gallium2024('China')[col2024]!), release: 'usgs-mcs-2024', isLatest: false, estimated: true });
    expect(chnOld.amount).not.toBe(chnLatest.amount);
  });

  it('the design card filters read the latest release only', async () => {
    const d = await data(store, `{ minerals(where: { importReliance: { importer: "USA", year: 2023, min: 54, max: 56 } }) { edges { node { id } } } }`);
    // Nickel 2023: MCS2025 prints 53, MCS2024 printed 57; neither is 54-56, and the revised 57 must not count as 2023's.
    const wide = await data(store, `{ minerals(where: { importReliance: { importer: "USA", year: 2023, min: 56, max: 58 } }) { edges { node { id } } } }`);
    expect(d.minerals.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain('nickel');
    expect(wide.minerals.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain('nickel');
  });

  it('a path through parallel facts shows the latest: the newest import-source period, the newest year, the newest release', async () => {
    const d = await data(store, `{ paths(from: "CHN", to: "gallium", maxHops: 1, includeFacts: true) { relationships { type properties } } }`);
    const byType = new Map<string, Record<string, unknown>>(d.paths.map((p: { relationships: { type: string; properties: Record<string, unknown> }[] }) => [p.relationships[0]!.type, p.relationships[0]!.properties]));
    // Both releases rank China second for gallium (MCS2024: 2019-2022, MCS2025: 2020-2023); the newer period shows.
    expect(byType.get('SUPPLIES')).toMatchObject({ period: '2020-2023', rank: 2 });
    expect(byType.get('PRODUCES')).toMatchObject({ year: 2024, release: 'usgs-mcs-2025', latest: true });
  });

  it('a neighbourhood shows each year’s newest reading unless revisions are asked for', async () => {
    const d = await data(store, `{
      a: neighborhood(id: "nickel", limit: 500, allFacts: true) { relationships { type from { id } properties } }
      b: neighborhood(id: "nickel", limit: 500, allFacts: true, includeRevisions: true) { relationships { type from { id } properties } }
      latest: neighborhood(id: "nickel", limit: 500) { relationships { type from { id } properties } }
      ends: neighborhood(id: "nickel", limit: 500) { relationships { type from { id } to { id } } }
    }`);
    const usa = (g: { relationships: { type: string; from: { id: string }; properties: Record<string, unknown> }[] }) =>
      g.relationships.filter((r) => r.type === 'RELIES_ON' && r.from.id === 'USA' && r.properties.year === 2023).map((r) => r.properties.text).sort();
    expect(usa(d.a)).toEqual([nickelSalient2025.NIR_ct!.trim()]);
    expect(usa(d.b)).toEqual([nickelSalient2025.NIR_ct!.trim(), nickelFig2024.Net_Import_Reliance_pct_2023!.trim()].sort());
    // By default only the latest of the parallel readings: the US's reliance on nickel once, 2024's.
    const relies = d.latest.relationships.filter((r: { type: string; from: { id: string } }) => r.type === 'RELIES_ON' && r.from.id === 'USA');
    expect(relies.map((r: { properties: Record<string, unknown> }) => r.properties.year)).toEqual([2024]);
    // The same relationships when only their ends are selected (a cheaper read).
    expect(d.ends.relationships.filter((r: { type: string; from: { id: string } }) => r.type === 'RELIES_ON' && r.from.id === 'USA')).toHaveLength(1);
    expect(d.ends.relationships).toHaveLength(d.latest.relationships.length);
  });
});
