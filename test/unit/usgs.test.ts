import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { csvObjects, parseCsv } from '../../src/seeds/csv.js';
import type { SeedRow } from '../../src/seeds/types.js';
import { normaliseCountry, readUsgsMappings, readUsgsSeeds } from '../../src/seeds/usgs.js';

const seeds = join(dirname(fileURLToPath(import.meta.url)), '../../seeds');
const rows = readUsgsSeeds(seeds);
const reliance = rows.import_reliance!;
const sources = rows.import_sources!;
const production = rows.production!;

/** The newest release's readings: one per fact (each release's reading is a fact of its own). */
const latestOf = (list: SeedRow[]) => list.filter((r) => r.values.latest === 'true');
const one = (list: SeedRow[], where: Record<string, string>) => {
  const found = list.filter((r) => Object.entries(where).every(([k, v]) => r.values[k] === v));
  expect(found, JSON.stringify(where)).toHaveLength(1);
  return found[0]!;
};

describe('USGS raw files', () => {
  it('are the unchanged releases: BOM and CRLF are still there and the reader strips them', () => {
    const file = join(seeds, 'usgs/mcs2025/MCS2025_Fig2_Net_Import_Reliance.csv');
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.includes(Buffer.from('\r\n'))).toBe(true);
    const table = parseCsv(bytes.toString('utf8'));
    expect(table.header[0]).toBe('Source');
    expect(table.rows).toHaveLength(64);
    expect(table.rows.every((r) => !r.cells.some((c) => c.endsWith('\r')))).toBe(true);
  });
});

describe('import reliance', () => {
  it('gallium 2024 is 100, from MCS2025 Fig2', () => {
    const r = one(latestOf(reliance), { mineral: 'gallium', year: '2024' });
    expect(r.values).toMatchObject({ importer: 'USA', text: '100', percent: '100', sources: 'usgs-mcs-2025' });
    expect(r.file).toBe('usgs/mcs2025/MCS2025_Fig2_Net_Import_Reliance.csv');
    expect(r.row).toBe(5);
  });

  it('keeps a bound or code as text with no percent', () => {
    expect(one(latestOf(reliance), { mineral: 'germanium', year: '2024' }).values).toMatchObject({ text: '>50', percent: '' });
    expect(one(latestOf(reliance), { mineral: 'boron', year: '2024' }).values).toMatchObject({ text: 'E', percent: '' });
    expect(one(latestOf(reliance), { mineral: 'bromine', year: '2024' }).values).toMatchObject({ text: '<25', percent: '' });
    for (const r of reliance) {
      if (!/^\d+(\.\d+)?$/.test(r.values.text!)) expect(r.values.percent).toBe('');
      else expect(r.values.percent).toBe(r.values.text);
    }
  });

  it('covers 2019-2024, one latest row per mineral and year, one row per mineral, year and release', () => {
    const years = new Set(reliance.map((r) => r.values.year));
    expect([...years].sort()).toEqual(['2019', '2020', '2021', '2022', '2023', '2024']);
    const keys = latestOf(reliance).map((r) => `${r.values.mineral}/${r.values.year}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(reliance.map((r) => `${r.values.mineral}/${r.values.year}`)).size).toBe(keys.length);
    const perRelease = reliance.map((r) => `${r.values.mineral}/${r.values.year}/${r.values.release}`);
    expect(new Set(perRelease).size).toBe(perRelease.length);
    for (const r of reliance) expect(r.values.release).toBe(r.values.sources);
    expect(one(latestOf(reliance), { mineral: 'gallium', year: '2019' }).values.sources).toBe('usgs-mcs-2024');
  });

  it('keeps MCS2025 where both releases give a year and notes the MCS2024 reading', () => {
    const nickel = one(latestOf(reliance), { mineral: 'nickel', year: '2023' }).values;
    expect(nickel).toMatchObject({ text: '53', sources: 'usgs-mcs-2025', noteSources: 'usgs-mcs-2024' });
    expect(nickel.note).toContain('MCS2024 printed 57');
    // MCS2024's own reading stays a fact of its own, with its release, not the latest.
    const revised = reliance.filter((r) => r.values.mineral === 'nickel' && r.values.year === '2023' && r.values.release === 'usgs-mcs-2024');
    expect(revised.map((r) => [r.values.text, r.values.latest, r.values.sources])).toEqual([['57', 'false', 'usgs-mcs-2024']]);
    expect(revised[0]!.file).toBe('usgs/mcs2024/MCS2024_Fig2_Net_Import_Reliance.csv');
    const tellurium = one(latestOf(reliance), { mineral: 'tellurium', year: '2023' }).values;
    expect(tellurium).toMatchObject({ text: 'E', percent: '' });
    expect(tellurium.note).toContain('MCS2024 printed >25');
    expect(one(latestOf(reliance), { mineral: 'gallium', year: '2023' }).values.note).toBe('');
  });

  it('reads the chosen salient column for commodities with variants', () => {
    expect(one(latestOf(reliance), { mineral: 'platinum', year: '2020' }).values.text).toBe('76');
    expect(one(latestOf(reliance), { mineral: 'palladium', year: '2020' }).values.text).toBe('34');
    expect(one(latestOf(reliance), { mineral: 'rare-earth-elements', year: '2021' }).values.text).toBe('>95');
    expect(one(latestOf(reliance), { mineral: 'zinc', year: '2022' }).values.text).toBe('77');
    expect(one(latestOf(reliance), { mineral: 'titanium', year: '2022' }).values.text).toBe('>95');
    // MCS2024 feldspar/fluorspar columns are skipped (values above 100)
    expect(reliance.some((r) => Number(r.values.percent) > 100)).toBe(false);
    expect(reliance.some((r) => r.values.mineral === 'feldspar' && r.values.year === '2019')).toBe(false);
  });

  it('skips NA', () => {
    expect(reliance.some((r) => r.values.text === 'NA')).toBe(false);
    expect(reliance.some((r) => r.values.mineral === 'gold' && r.values.year === '2020')).toBe(false);
  });
});

describe('import sources', () => {
  it('gallium 2020-2023: Japan, China, Germany, Canada in printed order', () => {
    const g = sources.filter((r) => r.values.mineral === 'gallium' && r.values.period === '2020-2023');
    expect(g.map((r) => [r.values.rank, r.values.country])).toEqual([
      ['1', 'JPN'],
      ['2', 'CHN'],
      ['3', 'DEU'],
      ['4', 'CAN'],
    ]);
    expect(g.every((r) => r.values.sharePercent === '' && r.values.importer === 'USA')).toBe(true);
  });

  it('graphite: China first in both periods, with the Hong Kong note', () => {
    for (const period of ['2019-2022', '2020-2023']) {
      const r = one(sources, { mineral: 'graphite', period, rank: '1' });
      expect(r.values.country).toBe('CHN');
      expect(r.values.note).toContain('Hong Kong');
    }
  });

  it('normalises China3 (aluminum, 2020-2023, rank 4)', () => {
    expect(normaliseCountry('China3 ')).toBe('China');
    const r = one(sources, { mineral: 'aluminum', period: '2020-2023', rank: '4' });
    expect(r.values.country).toBe('CHN');
    expect(r.values.note).toContain('China3');
  });
});

describe('production', () => {
  it('gallium: China 2024 estimated with its world share', () => {
    const r = one(latestOf(production), { mineral: 'gallium', country: 'CHN', year: '2024' }).values;
    expect(r).toMatchObject({ amount: '750000', unit: 'kilograms', estimated: 'true', type: 'primary', sharePercent: '98.68' });
    expect(r.note).toContain('share computed from the USGS world total');
  });

  it('2023 from MCS2025, noting the MCS2024 estimate; 2022 from MCS2024', () => {
    const r = one(latestOf(production), { mineral: 'gallium', country: 'CHN', year: '2023' }).values;
    expect(r).toMatchObject({ amount: '621000', sources: 'usgs-mcs-2025', estimated: '' });
    expect(r.note).toContain('MCS2024 printed 600000');
    const estimate = production.filter((x) => x.values.mineral === 'gallium' && x.values.country === 'CHN' && x.values.year === '2023' && x.values.release === 'usgs-mcs-2024');
    expect(estimate.map((x) => [x.values.amount, x.values.latest, x.values.estimated])).toEqual([['600000', 'false', 'true']]);
    const jp = one(latestOf(production), { mineral: 'gallium', country: 'JPN', year: '2022' });
    expect(jp.values).toMatchObject({ amount: '3000', sources: 'usgs-mcs-2024' });
    expect(jp.values.note).toContain('Japane');
    expect(jp.file).toBe('usgs/mcs2024/world/mcs2024-galli_world.csv');
  });

  it('keeps W and NA as text with no amount, and never makes World total a country', () => {
    const w = production.filter((r) => r.values.text === 'W');
    expect(w.length).toBeGreaterThan(0);
    expect(w.every((r) => r.values.amount === '' && r.values.sharePercent === '')).toBe(true);
    expect(production.every((r) => /^[A-Z]{3}$/.test(r.values.country!))).toBe(true);
    expect(production.every((r) => r.values.sharePercent === '' || Number(r.values.sharePercent) <= 100)).toBe(true);
  });

  it('one latest row per country, mineral, type and year; one per release', () => {
    const keys = latestOf(production).map((r) => [r.values.country, r.values.mineral, r.values.type, r.values.year].join('/'));
    expect(new Set(keys).size).toBe(keys.length);
    const all = production.map((r) => [r.values.country, r.values.mineral, r.values.type, r.values.year, r.values.release].join('/'));
    expect(new Set(all).size).toBe(all.length);
  });

  it('gives each row the world total of its series and year as the file prints it', () => {
    const world = parseCsv(readFileSync(join(seeds, 'usgs/mcs2025/MCS2025_World_Data.csv'), 'utf8'));
    const total = world.rows.map((r) => r.cells).find((c) => c[1]!.trim() === 'Gallium' && c[2]!.trim() === 'World total (rounded)')!;
    const r = one(latestOf(production), { mineral: 'gallium', country: 'CHN', year: '2024' }).values;
    expect(r.worldTotal).toBe(String(Number(total[world.header.indexOf('PROD_EST_ 2024')]!.replace(/,/g, ''))));
    expect(Number(r.sharePercent)).toBeCloseTo((Number(r.amount) / Number(r.worldTotal)) * 100, 2);
  });

  it('MCS2024 units come from the field names and agree with MCS2025 for the same series', () => {
    const unitOf = new Map<string, Set<string>>();
    for (const r of production) {
      const k = `${r.values.mineral}/${r.values.type}`;
      unitOf.set(k, (unitOf.get(k) ?? new Set()).add(`${r.values.sources}:${r.values.unit}`));
    }
    expect([...unitOf.get('cobalt/mine')!].sort()).toEqual(['usgs-mcs-2024:metric tons', 'usgs-mcs-2025:metric tons']);
    expect([...unitOf.get('zinc/mine')!].sort()).toEqual(['usgs-mcs-2024:thousand metric tons', 'usgs-mcs-2025:thousand metric tons']);
    expect([...unitOf.get('palladium/mine')!].sort()).toEqual(['usgs-mcs-2024:kilograms', 'usgs-mcs-2025:kilograms']);
  });
});

describe('mappings', () => {
  const m = readUsgsMappings(seeds);
  const commodities = csvObjects(parseCsv(readFileSync(join(seeds, 'usgs_commodities.csv'), 'utf8')));
  const countries = csvObjects(parseCsv(readFileSync(join(seeds, 'usgs_countries.csv'), 'utf8')));

  it('every deliberately unmapped name says why', () => {
    for (const { values } of commodities) if (!values.mineral) expect(values.note, values.printed).not.toBe('');
    for (const { values } of countries) if (!values.country) expect(values.note, values.printed).not.toBe('');
  });

  it('every printed Fig2 commodity and country, salient NIR column and world commodity is mapped or skipped', () => {
    for (const y of ['2024', '2025'] as const) {
      const src = `usgs-mcs-${y}`;
      const fig2 = csvObjects(parseCsv(readFileSync(join(seeds, `usgs/mcs${y}/MCS${y}_Fig2_Net_Import_Reliance.csv`), 'utf8')));
      for (const { values } of fig2) {
        expect(m.commodities.has([src, 'fig2', values.Commodity!.trim(), ''].join('\u0000')), values.Commodity).toBe(true);
        for (const c of Object.entries(values).find(([k]) => k.startsWith('Major_Import'))![1].split(',')) {
          if (c.trim()) expect(m.countries.has(normaliseCountry(c)), c).toBe(true);
        }
      }
      for (const f of readdirSync(join(seeds, `usgs/mcs${y}/salient`))) {
        const code = f.replace(/^mcs\d{4}-/i, '').replace(/_salient\.csv$/, '');
        const header = parseCsv(readFileSync(join(seeds, `usgs/mcs${y}/salient`, f), 'utf8')).header;
        for (const col of header.filter((h) => /NIR/i.test(h))) {
          expect(m.commodities.has([src, 'salient', code, col].join('\u0000')), `${f} ${col}`).toBe(true);
        }
      }
    }
    // readUsgsSeeds throws on any unmapped world commodity/TYPE or country, so it having run is the proof.
    expect(production.length).toBeGreaterThan(2000);
  });

  it('maps the spellings the releases print', () => {
    expect(m.countries.get('Japane')?.country).toBe('JPN');
    expect(m.countries.get('Russia')?.country).toBe('RUS');
    expect(m.countries.get('Korea, Republic of')?.country).toBe('KOR');
    expect(m.countries.get('Republic of Korea')?.country).toBe('KOR');
    expect(m.countries.get('World total (rounded)')).toMatchObject({ country: '', role: 'total' });
    expect(m.countries.get('Other countries')).toMatchObject({ country: '', role: 'other' });
    expect(m.commodities.get(['usgs-mcs-2025', 'fig2', 'GRAPHITE (NATURAL)', ''].join('\u0000'))?.mineral).toBe('graphite');
    expect(m.commodities.get(['usgs-mcs-2025', 'fig2', 'RARE EARTHS, compounds and metals', ''].join('\u0000'))?.mineral).toBe('rare-earth-elements');
  });

  it('every mineral and country id used is defined once across the seed files', () => {
    const ids = (prefix: string) => {
      const all: string[] = [];
      for (const f of readdirSync(seeds).filter((n) => n === `${prefix}.csv` || n.startsWith(`${prefix}.`))) {
        for (const { values } of csvObjects(parseCsv(readFileSync(join(seeds, f), 'utf8')))) all.push(values.id!);
      }
      return all;
    };
    const minerals = ids('minerals');
    const countryIds = ids('countries');
    expect(new Set(minerals).size).toBe(minerals.length);
    expect(new Set(countryIds).size).toBe(countryIds.length);
    for (const r of [...reliance, ...sources, ...production]) expect(minerals, r.values.mineral).toContain(r.values.mineral);
    for (const r of [...sources, ...production]) expect(countryIds, r.values.country).toContain(r.values.country);
  });
});
