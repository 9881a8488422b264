/**
 * Reserves from the copied USGS world files, as they print them: per country and the
 * world total, with the unit, the year where the file gives one, and text such as `NA`,
 * `Large` or `>2000000` kept as printed (`amount` only where the text is a number).
 *
 * - MCS2025 (`MCS2025_World_Data.csv`): column `RESERVES_2024` (year 2024), unit
 *   `UNIT_MEAS` unless `RESERVE_NOTES` names another ("(Reserve data is thousand metric
 *   tons)", "Crude Ore, million metric tons"); where the cell is empty and the note is
 *   a category (`NA`, `Large`, `Moderate`, `Small`, `Very small`, `Moderate to Large`), that is the text.
 * - MCS2024 (`world/mcs2024-<code>_world.csv`): the `Reserves_<unit>` columns (units as
 *   in the field names; `_ore_`, `_K2O_equiv_` name the basis). No year is printed but in
 *   `Reserves_kt_2023`, so the year is empty otherwise: none is invented.
 * - A file repeats a country's reserves on each production row (TYPE) of a commodity;
 *   one fact is kept per node, country, basis and release. The node is the row's own
 *   (usgs_commodities.csv) unless usgs_reserves.csv names the node the reserves are of
 *   (platinum-group metals for the palladium and platinum rows, bauxite for the alumina
 *   row).
 * - `worldTotal`/`worldText`: the world total row's reading for the same node, basis and
 *   release. `latest`: the newest release's readings of a node.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { csvObjects, parseCsv } from './csv.js';
import type { SeedRow } from './types.js';
import { USGS_FILES, normaliseCountry, readUsgsMappings, type UsgsMappings } from './usgs.js';

export const RESERVES_FILE = 'usgs_reserves.csv';

type Release = 'usgs-mcs-2024' | 'usgs-mcs-2025';
const LABEL: Record<Release, string> = { 'usgs-mcs-2024': 'MCS2024', 'usgs-mcs-2025': 'MCS2025' };
const UNIT: Record<string, string> = {
  t: 'metric tons', kt: 'thousand metric tons', kg: 'kilograms', mt: 'million metric tons', mct: 'million carats', kct: 'thousand carats',
  mcm: 'million cubic meters',
};
const CATEGORIES = new Set(['NA', 'Large', 'Moderate', 'Small', 'Very small', 'Moderate to Large']);
const NUMBER = /^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$/;

interface Reading {
  source: Release;
  file: string;
  row: number;
  column: string;
  mineral: string;
  basis: string;
  year: string;
  role: 'country' | 'total';
  country: string;
  text: string;
  unit: string;
  note: string;
}

const key = (...parts: string[]) => parts.join('\u0000');

function reservesNode(overrides: Map<string, string>, m: UsgsMappings, source: Release, printed: string, type: string): string {
  const o = overrides.get(key(source, printed.trim()));
  if (o !== undefined) return o;
  const found = m.commodities.get(key(source, 'world', printed.trim(), type.trim())) ?? m.commodities.get(key(source, 'world', printed.trim(), '*'));
  return found?.mineral ?? '';
}

function basisOf(note: string, column: string, type = ''): string {
  if (/ilmen?tite/i.test(type)) return 'ilmenite';
  if (/rutile/i.test(type) && !/ilmen?tite/i.test(type)) return 'rutile';
  if (/_ore_K2O_equiv_/i.test(column)) return 'ore, K2O equivalent';
  if (/_ore_/i.test(column)) return 'ore';
  const m = /^(crude ore|iron content)/i.exec(note.trim());
  return m ? m[1]!.toLowerCase() : '';
}

function unitFromNote(note: string, fallback: string): string {
  const m = /(thousand metric tons|million metric tons|metric tons|kilograms)/i.exec(note);
  return m ? m[1]!.toLowerCase() : fallback;
}

/** Reserves rows (kind `reserves`) from the copied world files under `seedsDir`. */
export function readUsgsReserves(seedsDir: string): SeedRow[] {
  const m = readUsgsMappings(seedsDir);
  const overrides = new Map<string, string>();
  if (existsSync(join(seedsDir, RESERVES_FILE))) {
    for (const { values: v } of csvObjects(parseCsv(readFileSync(join(seedsDir, RESERVES_FILE), 'utf8')))) {
      overrides.set(key(v.source ?? '', (v.printed ?? '').trim()), (v.mineral ?? '').trim());
    }
  }
  const readings: Reading[] = [];
  const country = (printed: string) => m.countries.get(normaliseCountry(printed));

  {
    const file = USGS_FILES.world2025;
    for (const { row, values: v } of csvObjects(parseCsv(readFileSync(join(seedsDir, file), 'utf8')))) {
      const c = country(v.COUNTRY ?? '');
      if (!c || (c.role !== 'country' && c.role !== 'total')) continue;
      const note = (v.RESERVE_NOTES ?? '').trim();
      const cell = (v.RESERVES_2024 ?? '').trim();
      const text = cell !== '' ? cell : CATEGORIES.has(note) ? note : '';
      if (text === '') continue;
      const mineral = reservesNode(overrides, m, 'usgs-mcs-2025', v.COMMODITY ?? '', v.TYPE ?? '');
      if (!mineral) continue;
      readings.push({
        source: 'usgs-mcs-2025', file, row, column: 'RESERVES_2024', mineral, basis: basisOf(note, '', v.TYPE ?? ''), year: '2024', role: c.role, country: c.country,
        text, unit: unitFromNote(note, (v.UNIT_MEAS ?? '').trim()), note: cell !== '' && note ? note : '',
      });
    }
  }
  {
    const dir = USGS_FILES.world2024Dir;
    for (const name of readdirSync(join(seedsDir, dir)).filter((f) => f.endsWith('_world.csv')).sort()) {
      const file = `${dir}/${name}`;
      const code = name.replace(/^mcs\d{4}-/i, '').replace(/_world\.csv$/, '');
      const table = parseCsv(readFileSync(join(seedsDir, file), 'utf8'));
      const cols = table.header
        .map((h, i) => ({ h, i, match: /^Reserves_(?:ore_(?:K2O_equiv_)?)?([A-Za-z]+?)(?:_(\d{4}))?$/i.exec(h) }))
        .filter((c) => c.match && !/notes?$/i.test(c.h));
      const notesCol = table.header.findIndex((h) => /^Reserves_notes?$/i.test(h));
      for (const { row, cells } of table.rows) {
        const c = country(cells[1] ?? '');
        if (!c || (c.role !== 'country' && c.role !== 'total')) continue;
        const mineral = reservesNode(overrides, m, 'usgs-mcs-2024', code, cells[2] ?? '');
        if (!mineral) continue;
        const note = notesCol >= 0 ? (cells[notesCol] ?? '').trim() : '';
        for (const col of cols) {
          const text = (cells[col.i] ?? '').trim();
          if (text === '') continue;
          const unit = UNIT[col.match![1]!.toLowerCase()] ?? col.match![1]!;
          readings.push({
            source: 'usgs-mcs-2024', file, row, column: col.h, mineral, basis: basisOf(note, col.h, cells[2] ?? ''), year: col.match![2] ?? '', role: c.role,
            country: c.country, text, unit, note,
          });
        }
      }
    }
  }

  // One fact per node, country, basis and release; the world total beside it.
  const facts = new Map<string, { r: Reading; also: Reading[] }>();
  const totals = new Map<string, Reading>();
  for (const r of readings) {
    if (r.role === 'total') {
      const k = key(r.mineral, r.basis, r.source);
      if (!totals.has(k)) totals.set(k, r);
      continue;
    }
    const k = key(r.mineral, r.country, r.basis, r.source);
    const f = facts.get(k);
    if (!f) facts.set(k, { r, also: [] });
    else if (f.r.text !== r.text || f.r.unit !== r.unit) f.also.push(r);
  }
  const newest = new Map<string, Release>();
  for (const { r } of facts.values()) {
    const k = key(r.mineral, r.basis);
    if (!newest.has(k) || r.source > newest.get(k)!) newest.set(k, r.source);
  }
  const out: SeedRow[] = [];
  for (const { r, also } of facts.values()) {
    const total = totals.get(key(r.mineral, r.basis, r.source));
    const notes: string[] = [];
    if (r.note) notes.push(`USGS note: ${r.note}`);
    for (const a of also) notes.push(`the same file also prints ${a.text} ${a.unit} (row ${a.row})`);
    const plain = NUMBER.test(r.text) ? String(Number(r.text.replace(/,/g, ''))) : '';
    const totalPlain = total && NUMBER.test(total.text) && total.unit === r.unit ? String(Number(total.text.replace(/,/g, ''))) : '';
    out.push({
      file: r.file,
      row: r.row,
      values: {
        country: r.country,
        mineral: r.mineral,
        year: r.year,
        amount: plain,
        unit: r.unit,
        text: r.text,
        type: r.basis,
        worldTotal: totalPlain,
        worldText: total && total.unit === r.unit ? total.text : '',
        release: r.source,
        latest: newest.get(key(r.mineral, r.basis)) === r.source ? 'true' : 'false',
        sources: r.source,
        note: notes.join('; '),
        citation: `${LABEL[r.source]} world data, column ${r.column}`,
      },
    });
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return out.sort(
    (a, b) => cmp(a.values.mineral!, b.values.mineral!) || cmp(a.values.type!, b.values.type!) || cmp(a.values.country!, b.values.country!) || cmp(a.values.release!, b.values.release!),
  );
}
