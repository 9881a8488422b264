/**
 * Reads the USGS Mineral Commodity Summaries data-release files copied under
 * seeds/usgs/ (byte-for-byte, see seeds/usgs/README.md) and turns them into seed
 * rows of the kinds `import_reliance`, `import_sources` and `production`.
 *
 * Names the files print are joined to graph ids only through two hand-kept tables:
 * seeds/usgs_commodities.csv (commodity, salient column or world TYPE -> Mineral id and
 * production type) and seeds/usgs_countries.csv (normalised country name -> ISO3 and
 * role). A printed name missing from them is an error, so nothing is dropped silently;
 * a name deliberately not used has an empty id there and a note saying why.
 *
 * Decisions (the reasons are in the `note` column of usgs_commodities.csv):
 * - Net import reliance (NIR) of the United States, one row per (mineral, year).
 *   Readings, in order of precedence: MCS2025 Fig2 (2024), MCS2025 salient files
 *   (2020-2024), MCS2024 Fig2 (2023), MCS2024 salient files (2019-2023). The first
 *   reading is kept; every other reading that differs goes into `note`
 *   ("MCS2024 printed 87 (Fig2, usgs-mcs-2024)") with its release in `noteSources`.
 *   Fig2 comes before the salient table of the same release because it is the
 *   figure USGS publishes for the year.
 * - Cells `NA` (not available) and empty cells carry no reading and give no row;
 *   `E` (net exporter), `>50`, `<25`, `W` and the like are kept as `text` with an
 *   empty `percent`; `percent` is set only where the text is a plain number.
 * - Salient column per commodity with more than one NIR column (usgs_commodities.csv,
 *   table `salient`, column `detail`): bauxi Bauxite_NIR_pct -> bauxite and
 *   Alumina_NIR_pct -> alumina; diamo Stones_NIR_pct and Bort_NIR_pct -> the two
 *   industrial-diamond forms; mica NIR_Flake_pct and NIR_Sheet_pct -> the two mica
 *   forms; titan NIR_Dioxide_pct -> titanium-dioxide; plati
 *   NIR_Palladium_pct -> palladium and NIR_Platinum_pct -> platinum; simet the
 *   combined NIR_FeSi-Si_pct / NIR_FeSi2_Si_pct (Fig2 prints "metal and
 *   ferrosilicon"); titan NIR_Sponge_pct -> titanium; zinc NIR_Refined_pct
 *   (ores skipped); zirco NIR_Zr_ore_pct (hafnium is NA every year); rare earths
 *   NIR_Compounds-Metals_t (percentages despite the suffix; concentrate skipped);
 *   stond the all-stone column NIR_pct / NIR_ct (granite skipped); felds
 *   NIR_Feldspar_pct and NIR_Nepheline_syenite_pct in MCS2025 only. Single-column
 *   files use their one column whatever its name (NIR_pct, NIR_ct, NIR_All_pct,
 *   NIR_Metal_pct, NIR_Refined_pct, NIR_Consump_pct, NIR_NIR_pct).
 *   Skipped as meaning something else: MCS2024 felds (values above 100 and columns
 *   that look shifted) and MCS2024 fluor NIR_Mine_pct (values 149-360).
 * - A commodity USGS publishes as a row of its own is a node of its own, so no
 *   mineral is answered with another's figures: BAUXITE, ALUMINA (FORM_OF aluminum),
 *   TITANIUM MINERAL CONCENTRATES and titanium dioxide (FORM_OF titanium; TITANIUM,
 *   sponge metal is titanium), MAGNESIUM COMPOUNDS (FORM_OF magnesium), mica sheet and
 *   scrap and flake (FORM_OF mica, which holds no figures itself), industrial diamond
 *   stones and bort (FORM_OF industrial-diamond, which holds world mine production),
 *   iron ore (FORM_OF iron), fused aluminum oxide and silicon carbide (FORM_OF
 *   manufactured-abrasives), cement, lime, iron and steel, nitrogen. Each row maps to
 *   one node or to none with a reason (src/seeds/usgs-coverage.ts counts them).
 * - Import sources: Fig2 `Major_Import_Sources_*`, split on commas in printed order,
 *   rank 1.. ; period from the column name (`2019-2022`, `2020-2023`); no shares.
 * - Revisions are facts: each release's reading of a year is a relationship of its own
 *   (`release`, and `latest` true for the newest release's, the default answer).
 * - Production: world files; 2022 and 2023 (estimated) from the MCS2024 files, 2023 and
 *   2024 (estimated) from MCS2025; MCS2024's 2023 estimate is the latest only for a
 *   series MCS2025 does not print at all (and noted on MCS2025's reading where it differs). `type` is the series key of
 *   usgs_commodities.csv (`mine`, `refinery`, `mine (ilmenite, TiO2 content)`, ...),
 *   so one series reads the same across releases; the printed TYPE is in `citation`.
 *   `sharePercent` = amount / the same file's world total of that series and year
 *   * 100, rounded to 2 decimals, only where both are numbers and the amount does not
 *   exceed the total (a misprinted total gives no share); `worldTotal` is that world
 *   total wherever it is a number. World total and
 *   "Other countries" rows are not countries and give no row.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SeedValidationError } from './compile.js';
import { csvObjects, parseCsv } from './csv.js';
import type { SeedRow, SeedRows } from './types.js';
import { readUsgsReserves } from './usgs-reserves.js';

type Release = 'usgs-mcs-2024' | 'usgs-mcs-2025';
const RELEASE_LABEL: Record<Release, string> = { 'usgs-mcs-2024': 'MCS2024', 'usgs-mcs-2025': 'MCS2025' };

export const USGS_FILES = {
  fig2: {
    'usgs-mcs-2025': 'usgs/mcs2025/MCS2025_Fig2_Net_Import_Reliance.csv',
    'usgs-mcs-2024': 'usgs/mcs2024/MCS2024_Fig2_Net_Import_Reliance.csv',
  },
  salientDir: { 'usgs-mcs-2025': 'usgs/mcs2025/salient', 'usgs-mcs-2024': 'usgs/mcs2024/salient' },
  world2025: 'usgs/mcs2025/MCS2025_World_Data.csv',
  world2024Dir: 'usgs/mcs2024/world',
  commodities: 'usgs_commodities.csv',
  countries: 'usgs_countries.csv',
} as const;

/** Unit words for the unit tokens in the MCS2024 world files' field names (the revision file spells out kt, t and kg). */
const UNIT_2024: Record<string, string> = {
  t: 'metric tons',
  kt: 'thousand metric tons',
  kg: 'kilograms',
  mmt: 'million metric tons',
  mct: 'million carats',
  kct: 'thousand carats',
  mcm: 'million cubic meters',
};
/** Metric tons per unit, to compare two releases' readings of one amount. */
const TONNES: Record<string, number> = {
  'metric tons': 1,
  'thousand metric tons': 1000,
  'thousand metric dry tons': 1000,
  'million metric tons': 1e6,
  kilograms: 0.001,
};

export class UsgsSeedError extends Error {
  constructor(readonly file: string, readonly row: number, message: string) {
    super(`${file} row ${row}: ${message}`);
    this.name = 'UsgsSeedError';
  }
}

/** Country names as the files print them, normalised: no-break spaces, surrounding spaces and footnote digits (`China3`) removed. */
export function normaliseCountry(printed: string): string {
  return printed.replace(/\u00a0/g, ' ').trim().replace(/\d+$/, '').trim();
}

const PLAIN_NUMBER = /^\d+(\.\d+)?$/;
const GROUPED_NUMBER = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
function numberOf(text: string): number | undefined {
  if (PLAIN_NUMBER.test(text)) return Number(text);
  if (GROUPED_NUMBER.test(text)) return Number(text.replace(/,/g, ''));
  return undefined;
}

function read(seedsDir: string, file: string) {
  const at = join(seedsDir, file);
  if (!existsSync(at)) {
    throw new SeedValidationError([{ file, row: 0, field: '', message: `missing from ${seedsDir}: restore it (git checkout -- seeds/); seeds/usgs/README.md says where it comes from` }]);
  }
  return parseCsv(readFileSync(at, 'utf8'));
}

interface CommodityMapping {
  mineral: string;
  type: string;
}
interface CountryMapping {
  country: string;
  role: 'country' | 'total' | 'other' | 'skip';
  note: string;
}

export interface UsgsMappings {
  commodities: Map<string, CommodityMapping>;
  /** The `note` of each commodity mapping: for an empty id, why the row is not used. */
  commodityNotes: Map<string, string>;
  countries: Map<string, CountryMapping>;
}

const key = (...parts: string[]) => parts.join('\u0000');

export function readUsgsMappings(seedsDir: string): UsgsMappings {
  const commodities = new Map<string, CommodityMapping>();
  const commodityNotes = new Map<string, string>();
  for (const { row, values: v } of csvObjects(read(seedsDir, USGS_FILES.commodities))) {
    const k = key(v.source ?? '', v.table ?? '', (v.printed ?? '').trim(), (v.detail ?? '').trim());
    if (commodities.has(k)) throw new UsgsSeedError(USGS_FILES.commodities, row, 'duplicate mapping');
    commodities.set(k, { mineral: (v.mineral ?? '').trim(), type: (v.type ?? '').trim() });
    commodityNotes.set(k, (v.note ?? '').trim());
  }
  const countries = new Map<string, CountryMapping>();
  for (const { row, values: v } of csvObjects(read(seedsDir, USGS_FILES.countries))) {
    const role = v.role as CountryMapping['role'];
    if (!['country', 'total', 'other', 'skip'].includes(role)) throw new UsgsSeedError(USGS_FILES.countries, row, `bad role "${v.role}"`);
    if ((role === 'country') !== (v.country !== '')) throw new UsgsSeedError(USGS_FILES.countries, row, 'a country row needs an ISO3 code, and only it');
    countries.set(v.printed ?? '', { country: v.country ?? '', role, note: v.note ?? '' });
  }
  return { commodities, commodityNotes, countries };
}

function commodity(m: UsgsMappings, file: string, row: number, source: Release, table: string, printed: string, detail = '') {
  const exact = m.commodities.get(key(source, table, printed.trim(), detail.trim()));
  const any = table === 'world' ? m.commodities.get(key(source, table, printed.trim(), '*')) : undefined;
  const found = exact ?? any;
  if (!found) {
    throw new UsgsSeedError(file, row, `no mapping in ${USGS_FILES.commodities} for ${source} ${table} "${printed.trim()}"${detail ? ` / "${detail.trim()}"` : ''}`);
  }
  return found;
}

function countryOf(m: UsgsMappings, file: string, row: number, printed: string): CountryMapping & { name: string } {
  const name = normaliseCountry(printed);
  const found = m.countries.get(name);
  if (!found) throw new UsgsSeedError(file, row, `no mapping in ${USGS_FILES.countries} for country "${name}"`);
  return { ...found, name };
}

// ---------------------------------------------------------------- import reliance

interface Reading {
  mineral: string;
  year: string;
  text: string;
  source: Release;
  table: 'Fig2' | 'salient table';
  file: string;
  row: number;
  column: string;
}

function fig2(seedsDir: string, m: UsgsMappings, source: Release, readings: Reading[], sources: SeedRow[]) {
  const file = USGS_FILES.fig2[source];
  const table = read(seedsDir, file);
  const nirCol = table.header.find((h) => /^Net_Import_Reliance_pct_\d{4}$/.test(h));
  const srcCol = table.header.find((h) => /^Major_Import_Sources_\d{4}_\d{4}$/.test(h));
  if (!nirCol || !srcCol) throw new UsgsSeedError(file, 0, 'Fig2 columns not found');
  const year = nirCol.slice(-4);
  const period = srcCol.replace(/^Major_Import_Sources_/, '').replace('_', '-');
  const seen = new Set<string>();
  for (const { row, values: v } of csvObjects(table)) {
    const printed = (v.Commodity ?? '').trim();
    const { mineral } = commodity(m, file, row, source, 'fig2', printed);
    if (!mineral) continue;
    if (seen.has(mineral)) throw new UsgsSeedError(file, row, `a second Fig2 row for ${mineral}`);
    seen.add(mineral);
    const text = (v[nirCol] ?? '').trim();
    if (text !== '' && text !== 'NA') readings.push({ mineral, year, text, source, table: 'Fig2', file, row, column: nirCol });
    const hongKong = /Hong Kong are included with China/.test(v.Notes ?? '');
    const names = (v[srcCol] ?? '').split(',').filter((n) => n.trim() !== '');
    const ranked = new Set<string>();
    names.forEach((printedCountry, i) => {
      const c = countryOf(m, file, row, printedCountry);
      if (c.role !== 'country') throw new UsgsSeedError(file, row, `"${c.name}" is not a country`);
      if (ranked.has(c.country)) throw new UsgsSeedError(file, row, `${c.country} listed twice`);
      ranked.add(c.country);
      const notes: string[] = [];
      if (printedCountry.trim() !== c.name) notes.push(`printed "${printedCountry.trim()}"`);
      if (hongKong && c.country === 'CHN') notes.push('USGS: imports from Hong Kong are included with China');
      sources.push({
        file,
        row,
        values: {
          mineral,
          importer: 'USA',
          country: c.country,
          rank: String(i + 1),
          period,
          sharePercent: '',
          sources: source,
          note: notes.join('; '),
          citation: `${RELEASE_LABEL[source]} Fig2, ${printed}, ${srcCol}`,
        },
      });
    });
  }
}

function salient(seedsDir: string, m: UsgsMappings, source: Release, readings: Reading[]) {
  const dir = USGS_FILES.salientDir[source];
  for (const name of readdirSync(join(seedsDir, dir)).filter((f) => f.endsWith('_salient.csv')).sort()) {
    const file = `${dir}/${name}`;
    const code = name.replace(/^mcs\d{4}-/i, '').replace(/_salient\.csv$/, '');
    const table = read(seedsDir, file);
    const nirCols = table.header.filter((h) => /NIR/i.test(h));
    if (nirCols.length === 0) throw new UsgsSeedError(file, 0, 'no net import reliance column');
    const mapped = nirCols
      .map((column) => ({ column, mineral: commodity(m, file, 0, source, 'salient', code, column).mineral }))
      .filter((c) => c.mineral !== '');
    for (const { row, values: v } of csvObjects(table)) {
      const year = (v.Year ?? '').trim();
      if (!/^\d{4}$/.test(year)) continue; // trailing empty lines
      for (const { column, mineral } of mapped) {
        const text = (v[column] ?? '').trim();
        if (text === '' || text === 'NA') continue;
        readings.push({ mineral, year, text, source, table: 'salient table', file, row, column });
      }
    }
  }
}

function rank(r: Reading): number {
  return (r.source === 'usgs-mcs-2025' ? 0 : 2) + (r.table === 'Fig2' ? 0 : 1);
}

function importReliance(readings: Reading[]): SeedRow[] {
  const groups = new Map<string, Reading[]>();
  for (const r of readings) {
    const k = key(r.mineral, r.year);
    const g = groups.get(k) ?? [];
    if (g.some((o) => o.source === r.source && o.table === r.table)) {
      throw new UsgsSeedError(r.file, r.row, `a second ${r.table} reading of ${r.mineral} ${r.year} in ${r.source}`);
    }
    g.push(r);
    groups.set(k, g);
  }
  const out: SeedRow[] = [];
  for (const g of groups.values()) {
    g.sort((a, b) => rank(a) - rank(b));
    // One fact per release that prints the year (its Fig2 reading before its salient one);
    // the newest release's is the latest, the default answer.
    const perRelease = g.filter((r, i) => g.findIndex((o) => o.source === r.source) === i);
    for (const kept of perRelease) {
      const others = g.filter((o) => o !== kept);
      const differing = new Map<string, Reading[]>();
      for (const o of others) {
        if (o.text === kept.text) continue;
        const k = key(o.source, o.text);
        differing.set(k, [...(differing.get(k) ?? []), o]);
      }
      const notes: string[] = [];
      const noteSources = new Set<string>();
      for (const list of differing.values()) {
        const first = list[0]!;
        notes.push(`${RELEASE_LABEL[first.source]} printed ${first.text} (${list.map((o) => o.table).join(', ')}, ${first.source})`);
        noteSources.add(first.source);
      }
      out.push({
        file: kept.file,
        row: kept.row,
        values: {
          importer: 'USA',
          mineral: kept.mineral,
          year: kept.year,
          text: kept.text,
          percent: PLAIN_NUMBER.test(kept.text) ? kept.text : '',
          release: kept.source,
          latest: kept === perRelease[0] ? 'true' : 'false',
          sources: kept.source,
          note: notes.join('; '),
          noteSources: [...noteSources].join('|'),
          citation: `${RELEASE_LABEL[kept.source]} ${kept.table}, column ${kept.column}`,
        },
      });
    }
  }
  return out.sort((a, b) => cmp(a.values.mineral!, b.values.mineral!) || cmp(a.values.year!, b.values.year!) || cmp(b.values.release!, a.values.release!));
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// ---------------------------------------------------------------- production

interface Cell {
  source: Release;
  file: string;
  row: number;
  column: string;
  mineral: string;
  type: string;
  printedType: string;
  year: string;
  role: CountryMapping['role'];
  country: string;
  printedCountry: string;
  countryNote: string;
  text: string;
  amount: number | undefined;
  unit: string;
  estimated: boolean;
  usgsNote: string;
}

function world2025(seedsDir: string, m: UsgsMappings, cells: Cell[]) {
  const file = USGS_FILES.world2025;
  const source: Release = 'usgs-mcs-2025';
  const table = read(seedsDir, file);
  const years = table.header
    .map((h) => ({ h, match: /^PROD_(EST_)?\s*(\d{4})$/.exec(h) }))
    .filter((y) => y.match)
    .map((y) => ({ column: y.h, year: y.match![2]!, estimated: Boolean(y.match![1]) }));
  for (const { row, values: v } of csvObjects(table)) {
    const c = commodity(m, file, row, source, 'world', v.COMMODITY ?? '', v.TYPE ?? '');
    if (!c.mineral) continue;
    const country = countryOf(m, file, row, v.COUNTRY ?? '');
    for (const y of years) {
      const text = (v[y.column] ?? '').trim();
      if (text === '') continue;
      cells.push({
        source, file, row, column: y.column, mineral: c.mineral, type: c.type, printedType: (v.TYPE ?? '').trim(),
        year: y.year, role: country.role, country: country.country, printedCountry: (v.COUNTRY ?? '').trim(),
        countryNote: country.note, text, amount: numberOf(text), unit: (v.UNIT_MEAS ?? '').trim(),
        estimated: y.estimated, usgsNote: (v.PROD_NOTES ?? '').trim(),
      });
    }
  }
}

function world2024(seedsDir: string, m: UsgsMappings, cells: Cell[]) {
  const source: Release = 'usgs-mcs-2024';
  const dir = USGS_FILES.world2024Dir;
  for (const name of readdirSync(join(seedsDir, dir)).filter((f) => f.endsWith('_world.csv')).sort()) {
    const file = `${dir}/${name}`;
    const code = name.replace(/^mcs\d{4}-/i, '').replace(/_world\.csv$/, '');
    const table = read(seedsDir, file);
    // The third column holds the TYPE; in the fluorspar file its header is the type itself.
    const years = table.header
      .map((h, i) => ({ i, match: /^Prod_(?:Sponge_)?([A-Za-z]+)_(est_)?(\d{4})$/i.exec(h) }))
      .filter((y) => y.match)
      .map((y) => {
        const unit = UNIT_2024[y.match![1]!.toLowerCase()];
        if (!unit) throw new UsgsSeedError(file, 0, `unknown unit in ${table.header[y.i]}`);
        return { i: y.i, column: table.header[y.i]!, unit, year: y.match![3]!, estimated: Boolean(y.match![2]) || y.match![3] === '2023' };
      });
    const notesCol = table.header.findIndex((h) => /^Prod_notes?$/i.test(h));
    for (const { row, cells: r } of table.rows) {
      if (!(r[1] ?? '').trim()) continue; // empty lines of commas
      const printedType = (r[2] ?? '').trim();
      const c = commodity(m, file, row, source, 'world', code, printedType);
      if (!c.mineral) continue;
      const country = countryOf(m, file, row, r[1] ?? '');
      for (const y of years) {
        const text = (r[y.i] ?? '').trim();
        if (text === '') continue;
        cells.push({
          source, file, row, column: y.column, mineral: c.mineral, type: c.type, printedType, year: y.year,
          role: country.role, country: country.country, printedCountry: (r[1] ?? '').trim(), countryNote: country.note,
          text, amount: numberOf(text), unit: y.unit, estimated: y.estimated,
          usgsNote: notesCol >= 0 ? (r[notesCol] ?? '').trim() : '',
        });
      }
    }
  }
}

function sameAmount(a: Cell, b: Cell): boolean {
  if (a.amount !== undefined && b.amount !== undefined) {
    if (a.unit === b.unit) return a.amount === b.amount;
    const fa = TONNES[a.unit];
    const fb = TONNES[b.unit];
    if (fa !== undefined && fb !== undefined) return Math.abs(a.amount * fa - b.amount * fb) < 1e-9 * Math.max(1, a.amount * fa);
    return false;
  }
  return a.text === b.text && a.unit === b.unit;
}

function production(cells: Cell[]): SeedRow[] {
  // Shares: amount / the same file's world total of the series and year.
  const totals = new Map<string, Cell>();
  for (const c of cells.filter((x) => x.role === 'total')) {
    const k = key(c.file, c.mineral, c.type, c.year);
    if (totals.has(k)) throw new UsgsSeedError(c.file, c.row, `a second world total for ${c.mineral} ${c.type} ${c.year}`);
    totals.set(k, c);
  }
  const countryCells = cells.filter((c) => c.role === 'country');
  const series = (c: Cell) => key(c.mineral, c.type, c.year);
  const in2025 = new Set(countryCells.filter((c) => c.source === 'usgs-mcs-2025').map(series));
  const older = new Map<string, Cell>();
  for (const c of countryCells.filter((x) => x.source === 'usgs-mcs-2024' && x.year === '2023')) {
    const k = key(series(c), c.country);
    if (!older.has(k)) older.set(k, c);
  }

  const out = new Map<string, { cell: Cell; row: SeedRow }>();
  for (const c of countryCells) {
    // Each release's reading is a fact of its own; MCS2024's 2023 estimate is the latest
    // only for a series MCS2025 does not print.
    const latest = !(c.source === 'usgs-mcs-2024' && c.year === '2023' && in2025.has(series(c)));
    const k = key(series(c), c.country, c.source);
    const existing = out.get(k);
    if (existing) {
      existing.row.values.note = [existing.row.values.note, `USGS also prints "${c.printedCountry}": ${c.text}${c.unit ? ` ${c.unit}` : ''} (row ${c.row})`]
        .filter(Boolean)
        .join('; ');
      continue;
    }
    const notes: string[] = [];
    if (c.countryNote) notes.push(`printed "${c.printedCountry}"`);
    const total = totals.get(key(c.file, c.mineral, c.type, c.year));
    let share = '';
    if (c.amount !== undefined && total?.amount !== undefined && total.amount > 0) {
      if (c.amount <= total.amount) {
        share = String(Math.round((c.amount / total.amount) * 100 * 100) / 100);
        notes.push('share computed from the USGS world total');
      } else {
        // e.g. kaolin 2024 in MCS2025: world total printed 4400 while China alone is 7800.
        notes.push(`share not computed: the amount exceeds the USGS world total as printed (${total.text})`);
      }
    }
    if (c.source === 'usgs-mcs-2025' && c.year === '2023') {
      const o = older.get(key(series(c), c.country));
      if (o && !sameAmount(c, o)) notes.push(`MCS2024 printed ${o.text} ${o.unit} as its 2023 estimate (usgs-mcs-2024)`);
    }
    if (c.usgsNote) notes.push(`USGS note: ${c.usgsNote}`);
    out.set(k, {
      cell: c,
      row: {
        file: c.file,
        row: c.row,
        values: {
          country: c.country,
          mineral: c.mineral,
          year: c.year,
          amount: c.amount === undefined ? '' : String(c.amount),
          unit: c.unit,
          text: c.text,
          type: c.type,
          estimated: c.estimated ? 'true' : '',
          sharePercent: share,
          // The world total of the same series and year, in the same unit, as the file prints it.
          worldTotal: total?.amount !== undefined ? String(total.amount) : '',
          release: c.source,
          latest: latest ? 'true' : 'false',
          sources: c.source,
          note: notes.join('; '),
          citation: `${RELEASE_LABEL[c.source]} world data, TYPE "${c.printedType}", column ${c.column}`,
        },
      },
    });
  }
  return [...out.values()]
    .map((x) => x.row)
    .sort(
      (a, b) =>
        cmp(a.values.mineral!, b.values.mineral!) ||
        cmp(a.values.type!, b.values.type!) ||
        cmp(a.values.year!, b.values.year!) ||
        cmp(a.values.country!, b.values.country!) ||
        cmp(b.values.release!, a.values.release!),
    );
}

// ---------------------------------------------------------------- entry point

/** Parses the copied USGS files under `seedsDir` (the seeds/ folder) into seed rows. */
export function readUsgsSeeds(seedsDir: string): SeedRows {
  const m = readUsgsMappings(seedsDir);
  const readings: Reading[] = [];
  const importSources: SeedRow[] = [];
  for (const source of ['usgs-mcs-2025', 'usgs-mcs-2024'] as const) {
    fig2(seedsDir, m, source, readings, importSources);
    salient(seedsDir, m, source, readings);
  }
  const cells: Cell[] = [];
  world2025(seedsDir, m, cells);
  world2024(seedsDir, m, cells);
  return {
    import_reliance: importReliance(readings),
    import_sources: importSources,
    production: production(cells),
    reserves: readUsgsReserves(seedsDir),
  };
}
