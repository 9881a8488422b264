/**
 * Every spelling a copied source prints for a node becomes one of its aliases, so
 * `search` and lookups find "Congo (Kinshasa)", "Korea, Republic of", "NIOBIUM
 * (COLUMBIUM)" or "Platinum-Group Metals" as the files print them.
 *
 * Where the names come from (all under seeds/):
 * - usgs_countries.csv: each printed country name with role `country` (footnote digits
 *   removed, as the parser joins them).
 * - usgs_commodities.csv with the copied files: the Fig2 `Commodity` of each row, the
 *   MCS2025 world `COMMODITY` and each salient file's `Commodity`, named for the node
 *   its rows map to.
 * - usgs_names.csv: the names whose rows map to several nodes (a data sheet covering
 *   two commodities, a group's name over its members' series) say which node they name,
 *   and the names the compiled files print (seeds/compiled/).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { csvObjects, parseCsv } from './csv.js';
import type { SeedRows } from './types.js';
import { USGS_FILES, normaliseCountry } from './usgs.js';

export const PRINTED_NAMES_FILE = 'usgs_names.csv';

const rows = (seedsDir: string, file: string) => csvObjects(parseCsv(readFileSync(join(seedsDir, file), 'utf8'))).map((r) => r.values);

/** The printed names of each node id, as the copied files print them. */
export function printedNames(seedsDir: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (id: string, name: string) => {
    const n = name.replace(/\u00a0/g, ' ').trim();
    if (!id || !n) return;
    const s = out.get(id) ?? new Set<string>();
    s.add(n);
    out.set(id, s);
  };

  for (const c of rows(seedsDir, USGS_FILES.countries)) if (c.role === 'country') add(c.country ?? '', c.printed ?? '');

  const overrides = new Map<string, string[]>();
  for (const o of rows(seedsDir, PRINTED_NAMES_FILE)) overrides.set(`${o.table}\u0000${(o.printed ?? '').trim()}`, (o.ids ?? '').split('|').filter(Boolean));
  for (const [k, ids] of overrides) if (k.startsWith('compiled\u0000')) for (const id of ids) add(id, k.slice('compiled\u0000'.length));

  // Mapped minerals per (source, table, printed) of usgs_commodities.csv.
  const mapped = new Map<string, Set<string>>();
  for (const m of rows(seedsDir, USGS_FILES.commodities)) {
    if (!m.mineral) continue;
    const k = `${m.source}\u0000${m.table}\u0000${(m.printed ?? '').trim()}`;
    const s = mapped.get(k) ?? new Set<string>();
    s.add(m.mineral);
    mapped.set(k, s);
  }
  const named = (table: string, source: string, key: string, printed: string) => {
    const ids = overrides.get(`${table}\u0000${printed.trim()}`) ?? [...(mapped.get(`${source}\u0000${table}\u0000${key.trim()}`) ?? [])];
    for (const id of ids) add(id, printed);
  };

  for (const source of ['usgs-mcs-2024', 'usgs-mcs-2025'] as const) {
    for (const r of rows(seedsDir, USGS_FILES.fig2[source])) named('fig2', source, r.Commodity ?? '', r.Commodity ?? '');
    const dir = USGS_FILES.salientDir[source];
    for (const name of readdirSync(join(seedsDir, dir)).filter((f) => f.endsWith('_salient.csv'))) {
      const code = name.replace(/^mcs\d{4}-/i, '').replace(/_salient\.csv$/, '');
      const printed = new Set(rows(seedsDir, `${dir}/${name}`).map((r) => (r.Commodity ?? '').trim()).filter(Boolean));
      for (const p of printed) named('salient', source, code, p);
    }
  }
  const world = new Set(rows(seedsDir, USGS_FILES.world2025).map((r) => (r.COMMODITY ?? '').trim()).filter(Boolean));
  for (const p of world) named('world', 'usgs-mcs-2025', p, p);
  return out;
}

/** Kinds whose rows take aliases, and the columns that already name the node. */
const NAMED_KINDS: Readonly<Record<string, readonly string[]>> = {
  minerals: ['id', 'name', 'nameZh', 'symbol', 'aliases'],
  countries: ['id', 'name', 'nameZh', 'aliases'],
};

/**
 * The seed rows with each node's printed names added to its `aliases` (those not
 * already its id, a name or an alias, compared case-insensitively), in a fixed order.
 */
export function withPrintedAliases(input: SeedRows, names: ReadonlyMap<string, ReadonlySet<string>>): SeedRows {
  const out: SeedRows = { ...input };
  for (const [kind, cols] of Object.entries(NAMED_KINDS)) {
    out[kind] = (input[kind] ?? []).map((r) => {
      const extra = names.get((r.values.id ?? '').trim());
      if (!extra) return r;
      const have = new Set(cols.flatMap((c) => (r.values[c] ?? '').split('|')).map((s) => s.trim().toLowerCase()).filter(Boolean));
      const add = [...extra].filter((n) => !have.has(n.toLowerCase()) && !n.includes('|')).sort();
      const seen = new Set<string>();
      const unique = add.filter((n) => (seen.has(n.toLowerCase()) ? false : (seen.add(n.toLowerCase()), true)));
      if (unique.length === 0) return r;
      const aliases = [r.values.aliases ?? '', ...unique].filter(Boolean).join('|');
      return { ...r, values: { ...r.values, aliases } };
    });
  }
  return out;
}

/** Used by the test that walks the copied files: the printed country name as the parser joins it. */
export { normaliseCountry };
