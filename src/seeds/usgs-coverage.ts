/**
 * How completely the copied USGS files are read: every data row of every file under
 * seeds/usgs/ is classified as mapped (it gives facts of a graph node), out of scope
 * (a reason in usgs_commodities.csv or usgs_countries.csv says why not) or unmapped
 * (no mapping, or an empty id with no reason). `npm run seeds:report` prints it; a test
 * keeps unmapped at 0. Unlike the parser (src/seeds/usgs.ts), nothing here throws on a
 * missing mapping: it is counted.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { csvObjects, parseCsv } from './csv.js';
import { USGS_FILES, normaliseCountry, readUsgsMappings, type UsgsMappings } from './usgs.js';

export type RowStatus = 'mapped' | 'out-of-scope' | 'unmapped';

export interface FileCoverage {
  /** Path under seeds/. */
  readonly file: string;
  readonly rows: number;
  readonly mapped: number;
  readonly outOfScope: number;
  readonly unmapped: number;
  /** Why rows are out of scope, with how many (the mapping tables' notes). */
  readonly reasons: readonly { reason: string; rows: number }[];
  /** What is missing for each unmapped row (file row numbers, 1-based data rows). */
  readonly missing: readonly { row: number; what: string }[];
  /** Salient files: the net import reliance columns read by no node, with the reason. */
  readonly columnsOutOfScope: readonly { column: string; reason: string }[];
}

export interface UsgsCoverage {
  readonly files: readonly FileCoverage[];
  readonly rows: number;
  readonly mapped: number;
  readonly outOfScope: number;
  readonly unmapped: number;
  /** Files under seeds/usgs/ that are not data tables (a revision note, metadata), by path. */
  readonly notTables: readonly string[];
}

const key = (...parts: string[]) => parts.join('\u0000');

interface Verdict {
  status: RowStatus;
  reason?: string;
  what?: string;
}

function commodityVerdict(m: UsgsMappings, source: string, table: string, printed: string, detail: string): Verdict {
  const found = m.commodities.get(key(source, table, printed.trim(), detail.trim())) ?? (table === 'world' ? m.commodities.get(key(source, table, printed.trim(), '*')) : undefined);
  const label = `${source} ${table} "${printed.trim()}"${detail.trim() ? ` / "${detail.trim()}"` : ''}`;
  if (!found) return { status: 'unmapped', what: `no row in ${USGS_FILES.commodities} for ${label}` };
  if (found.mineral) return { status: 'mapped' };
  const note = (m.commodityNotes.get(key(source, table, printed.trim(), detail.trim())) ?? m.commodityNotes.get(key(source, table, printed.trim(), '*')) ?? '').trim();
  return note ? { status: 'out-of-scope', reason: note } : { status: 'unmapped', what: `${label} has no id and no reason` };
}

function countryVerdict(m: UsgsMappings, printed: string): Verdict {
  const name = normaliseCountry(printed);
  const c = m.countries.get(name);
  if (!c) return { status: 'unmapped', what: `no row in ${USGS_FILES.countries} for "${name}"` };
  if (c.role === 'country' || c.role === 'total') return { status: 'mapped' };
  return c.note ? { status: 'out-of-scope', reason: c.note } : { status: 'unmapped', what: `"${name}" (${c.role}) has no reason` };
}

/** A row is mapped when every part of it is; out of scope when a part is, with that part's reason. */
function combine(...vs: Verdict[]): Verdict {
  return vs.find((v) => v.status === 'unmapped') ?? vs.find((v) => v.status === 'out-of-scope') ?? { status: 'mapped' };
}

class Tally {
  private readonly counts = { mapped: 0, 'out-of-scope': 0, unmapped: 0 };
  private readonly reasons = new Map<string, number>();
  private readonly missing: { row: number; what: string }[] = [];
  constructor(private readonly file: string) {}
  add(row: number, v: Verdict) {
    this.counts[v.status]++;
    if (v.status === 'out-of-scope') this.reasons.set(v.reason!, (this.reasons.get(v.reason!) ?? 0) + 1);
    if (v.status === 'unmapped') this.missing.push({ row, what: v.what ?? 'unmapped' });
  }
  columnsOutOfScope: { column: string; reason: string }[] = [];
  done(): FileCoverage {
    const c = this.counts;
    return {
      file: this.file,
      rows: c.mapped + c['out-of-scope'] + c.unmapped,
      mapped: c.mapped,
      outOfScope: c['out-of-scope'],
      unmapped: c.unmapped,
      reasons: [...this.reasons].map(([reason, rows]) => ({ reason, rows })).sort((a, b) => b.rows - a.rows || (a.reason < b.reason ? -1 : 1)),
      missing: this.missing,
      columnsOutOfScope: this.columnsOutOfScope,
    };
  }
}

const table = (seedsDir: string, file: string) => parseCsv(readFileSync(join(seedsDir, file), 'utf8'));
const RELEASES = ['usgs-mcs-2024', 'usgs-mcs-2025'] as const;

export function usgsCoverage(seedsDir: string): UsgsCoverage {
  const m = readUsgsMappings(seedsDir);
  const files: FileCoverage[] = [];

  for (const source of RELEASES) {
    const file = USGS_FILES.fig2[source];
    const t = new Tally(file);
    for (const { row, values: v } of csvObjects(table(seedsDir, file))) t.add(row, commodityVerdict(m, source, 'fig2', v.Commodity ?? '', ''));
    files.push(t.done());
  }

  for (const source of RELEASES) {
    const dir = USGS_FILES.salientDir[source];
    for (const name of readdirSync(join(seedsDir, dir)).filter((f) => f.endsWith('_salient.csv')).sort()) {
      const file = `${dir}/${name}`;
      const code = name.replace(/^mcs\d{4}-/i, '').replace(/_salient\.csv$/, '');
      const tb = table(seedsDir, file);
      const names = tb.header.filter((h) => /NIR/i.test(h));
      const columns = names.map((c) => commodityVerdict(m, source, 'salient', code, c));
      const verdict: Verdict =
        columns.length === 0 ? { status: 'unmapped', what: 'no net import reliance column' }
        : columns.find((c) => c.status === 'unmapped') ?? (columns.some((c) => c.status === 'mapped') ? { status: 'mapped' } : columns[0]!);
      const t = new Tally(file);
      columns.forEach((c, i) => {
        if (c.status === 'out-of-scope') t.columnsOutOfScope.push({ column: names[i]!, reason: c.reason! });
      });
      for (const { row, values: v } of csvObjects(tb)) if (/^\d{4}$/.test((v.Year ?? '').trim())) t.add(row, verdict);
      files.push(t.done());
    }
  }

  {
    const file = USGS_FILES.world2025;
    const t = new Tally(file);
    for (const { row, values: v } of csvObjects(table(seedsDir, file))) {
      t.add(row, combine(commodityVerdict(m, 'usgs-mcs-2025', 'world', v.COMMODITY ?? '', v.TYPE ?? ''), countryVerdict(m, v.COUNTRY ?? '')));
    }
    files.push(t.done());
  }

  const notTables: string[] = [];
  {
    const dir = USGS_FILES.world2024Dir;
    for (const name of readdirSync(join(seedsDir, dir)).sort()) {
      const file = `${dir}/${name}`;
      if (!name.endsWith('_world.csv')) {
        notTables.push(file);
        continue;
      }
      const code = name.replace(/^mcs\d{4}-/i, '').replace(/_world\.csv$/, '');
      const t = new Tally(file);
      for (const { row, cells } of table(seedsDir, file).rows) {
        if (!(cells[1] ?? '').trim()) continue; // lines of commas only
        t.add(row, combine(commodityVerdict(m, 'usgs-mcs-2024', 'world', code, cells[2] ?? ''), countryVerdict(m, cells[1] ?? '')));
      }
      files.push(t.done());
    }
  }
  for (const source of RELEASES) {
    const dir = USGS_FILES.salientDir[source];
    for (const name of readdirSync(join(seedsDir, dir)).filter((f) => !f.endsWith('_salient.csv')).sort()) notTables.push(`${dir}/${name}`);
  }

  const sum = (k: 'rows' | 'mapped' | 'outOfScope' | 'unmapped') => files.reduce((n, f) => n + f[k], 0);
  return { files, rows: sum('rows'), mapped: sum('mapped'), outOfScope: sum('outOfScope'), unmapped: sum('unmapped'), notTables };
}

/** The coverage as report lines. */
export function formatUsgsCoverage(c: UsgsCoverage): string[] {
  const out = [
    `USGS rows mapped: ${c.files.length} copied data files, ${c.rows} rows: ${c.mapped} mapped, ${c.outOfScope} out of scope, ${c.unmapped} unmapped`,
  ];
  const reasons = new Map<string, number>();
  for (const f of c.files) {
    out.push(`  ${f.file.padEnd(58)} ${String(f.rows).padStart(5)} rows  ${String(f.mapped).padStart(5)} mapped  ${String(f.outOfScope).padStart(4)} out of scope  ${f.unmapped} unmapped`);
    for (const x of f.missing) out.push(`    UNMAPPED row ${x.row}: ${x.what}`);
    for (const r of f.reasons) reasons.set(r.reason, (reasons.get(r.reason) ?? 0) + r.rows);
  }
  out.push('  out of scope, by reason:');
  for (const [reason, rows] of [...reasons].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) out.push(`    ${String(rows).padStart(5)}  ${reason}`);
  out.push('  salient columns read by no node (their rows are mapped through the file\'s other columns), with the reason:');
  for (const f of c.files) for (const col of f.columnsOutOfScope) out.push(`    ${f.file} ${col.column}: ${col.reason}`);
  if (c.notTables.length) out.push(`  not data tables (read by no parser): ${c.notTables.join(', ')}`);
  return out;
}
