import fs from 'node:fs';
import path from 'node:path';
import { CsvSyntaxError, csvObjects, parseCsv } from './csv.js';
import { SeedValidationError } from './compile.js';
import type { SeedRows } from './types.js';

/** The seed CSVs at the top of seeds/: every one must be there (a test keeps this list equal to the folder). */
export const SEED_FILES: readonly string[] = [
  'agencies.csv', 'alliances.csv', 'companies.csv', 'countries.csv', 'countries.usgs.csv', 'indicators.csv', 'investments.csv',
  'links.alliances.csv', 'links.forms.csv', 'links.policies.csv', 'list_editions.csv', 'listings.csv', 'memberships.csv', 'mineral_groups.csv',
  'minerals.csv', 'minerals.indicators.csv', 'minerals.usgs.csv', 'policies.csv', 'sources.seeds.csv', 'sources.usgs.csv',
  'usgs_commodities.csv', 'usgs_countries.csv', 'usgs_names.csv', 'usgs_reserves.csv',
];

/** Files that map names printed in raw data to graph ids: read by the raw-data parsers, not loaded as facts. */
export const RAW_DATA_MAPPINGS: readonly string[] = ['usgs_commodities', 'usgs_countries', 'usgs_names', 'usgs_reserves'];

/**
 * Reads the seed CSVs at the top of seeds/ and groups their rows by kind (the
 * file name before the first dot). Sub-folders hold raw data and checks, which
 * their own readers handle.
 */
export function readSeedFiles(seedsDir: string): SeedRows {
  if (!fs.existsSync(seedsDir)) {
    throw new SeedValidationError([{ file: seedsDir, row: 0, field: '', message: 'the seeds folder does not exist' }]);
  }
  const out: SeedRows = {};
  const files = fs.readdirSync(seedsDir).filter((f) => f.endsWith('.csv')).sort();
  // A missing file would load as "none of it", and each reference to what it held would
  // fail on its own: name the file instead.
  const missing = SEED_FILES.filter((f) => !files.includes(f));
  if (missing.length > 0) {
    throw new SeedValidationError(
      missing.map((file) => ({ file, row: 0, field: '', message: `missing from ${seedsDir}: restore it (git checkout -- seeds/${file}), or remove it from SEED_FILES in src/seeds/read.ts if it was retired on purpose` })),
    );
  }
  for (const file of files) {
    const kind = file.split('.')[0];
    if (RAW_DATA_MAPPINGS.includes(kind)) continue;
    let table;
    try {
      table = parseCsv(fs.readFileSync(path.join(seedsDir, file), 'utf8'));
    } catch (err) {
      const line = err instanceof CsvSyntaxError ? err.line : 0;
      throw new SeedValidationError([{ file, row: line, field: '', message: `not valid CSV: ${(err as Error).message}` }]);
    }
    const rows = (out[kind] ??= []);
    for (const { row, values } of csvObjects(table)) rows.push({ file, row, values });
  }
  return out;
}

/** Merges row sets of the same kinds (CSV files and parsed raw data). */
export function mergeSeedRows(...sets: SeedRows[]): SeedRows {
  const out: SeedRows = {};
  for (const s of sets) for (const [k, rows] of Object.entries(s)) (out[k] ??= []).push(...rows);
  return out;
}
