import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { csvObjects, parseCsv } from '../../src/seeds/csv.js';
import { SEEDS_DIR } from '../../src/store/create.js';
import type { GraphStore } from '../../src/store/port.js';
import { data } from '../support/graphql.js';
import { describeOnBackend, seededStore } from '../support/stores.js';

/**
 * Issue 10, part 4: reserves per country and world, with unit, year and text as USGS
 * prints them, each release's reading kept. Expected values are read from the copied
 * world files.
 */
const objects = (file: string) => csvObjects(parseCsv(fs.readFileSync(path.join(SEEDS_DIR, file), 'utf8'))).map((r) => r.values);
const world2025 = objects('usgs/mcs2025/MCS2025_World_Data.csv');
const row2025 = (commodity: string, country: string, type?: string) =>
  world2025.find((r) => r.COMMODITY!.trim() === commodity && r.COUNTRY!.trim() === country && (!type || r.TYPE!.includes(type)))!;
const lithium2024 = objects('usgs/mcs2024/world/mcs2024-lithi_world.csv');
const num = (s: string) => Number(s.replace(/,/g, ''));

describeOnBackend('issue 10: reserves as USGS prints them', () => {
  let store: GraphStore;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ store, dispose } = await seededStore());
  });
  afterAll(async () => dispose());

  it('gives lithium’s reserves per country and for the world, with unit, year and release', async () => {
    const d = await data(store, `{ mineral(id: "lithium") {
      reserves { country { id } year amount unit text release isLatest worldTotal sources { id } }
      worldReserves { year amount text unit release }
    } }`);
    const arg = d.mineral.reserves.find((r: { country: { id: string } }) => r.country.id === 'ARG');
    const printed = row2025('Lithium', 'Argentina').RESERVES_2024!;
    expect(arg).toEqual({
      country: { id: 'ARG' }, year: 2024, amount: num(printed), unit: row2025('Lithium', 'Argentina').UNIT_MEAS, text: printed, release: 'usgs-mcs-2025', isLatest: true,
      worldTotal: num(row2025('Lithium', 'World total (rounded)').RESERVES_2024!), sources: [{ id: 'usgs-mcs-2025' }],
    });
    expect(d.mineral.worldReserves).toEqual([
      { year: 2024, amount: num(row2025('Lithium', 'World total (rounded)').RESERVES_2024!), text: row2025('Lithium', 'World total (rounded)').RESERVES_2024, unit: 'metric tons', release: 'usgs-mcs-2025' },
    ]);
    // Largest first.
    const amounts = d.mineral.reserves.map((r: { amount: number | null }) => r.amount ?? -1);
    expect(amounts).toEqual([...amounts].sort((a: number, b: number) => b - a));
  });

  it('keeps MCS2024’s reading with its release and no invented year', async () => {
    const d = await data(store, `{ mineral(id: "lithium") { reserves(release: "usgs-mcs-2024") { country { id } year amount unit release isLatest } } }`);
    const arg = d.mineral.reserves.find((r: { country: { id: string } }) => r.country.id === 'ARG');
    const printed = lithium2024.find((r) => r.Country!.trim() === 'Argentina')!.Reserves_t!;
    expect(arg).toEqual({ country: { id: 'ARG' }, year: null, amount: num(printed), unit: 'metric tons', release: 'usgs-mcs-2024', isLatest: false });
  });

  it('keeps text as printed (Large, Very small, NA) with no amount, per form', async () => {
    const d = await data(store, `{
      flake: mineral(id: "scrap-and-flake-mica") { reserves { country { id } text amount } }
      sheet: mineral(id: "sheet-mica") { reserves { country { id } text amount } }
      mica: mineral(id: "mica") { reserves { text } }
    }`);
    const usa = (rs: { country: { id: string } }[]) => rs.find((r) => r.country.id === 'USA');
    expect(usa(d.flake.reserves)).toEqual({ country: { id: 'USA' }, text: row2025('Mica (Natural)', 'United States', 'scrap and flake').RESERVE_NOTES, amount: null });
    expect(usa(d.sheet.reserves)).toEqual({ country: { id: 'USA' }, text: row2025('Mica (Natural)', 'United States', 'sheet').RESERVE_NOTES, amount: null });
    expect(usa(d.flake.reserves)!).not.toEqual(usa(d.sheet.reserves));
    expect(d.mica.reserves).toEqual([]);
  });

  it('puts the reserves printed on the palladium and platinum rows on the platinum-group metals, not on one metal', async () => {
    const d = await data(store, `{
      pgm: mineral(id: "platinum-group-metals") { reserves { country { id } amount unit } }
      pd: mineral(id: "palladium") { reserves { text } }
      pt: mineral(id: "platinum") { reserves { text } }
    }`);
    const za = d.pgm.reserves.find((r: { country: { id: string } }) => r.country.id === 'ZAF');
    expect(za.amount).toBe(num(row2025('Platinum-Group metals', 'South Africa').RESERVES_2024!));
    expect(d.pd.reserves).toEqual([]);
    expect(d.pt.reserves).toEqual([]);
  });
});
