import fs from 'node:fs';
import path from 'node:path';
import { CsvSyntaxError, csvObjects, parseCsv } from './csv.js';
import { SeedValidationError } from './compile.js';
import type { SeedRows } from './types.js';

/** Files that map names printed in raw data to graph ids: read by the raw-data parsers, not loaded as facts. */
export const RAW_DATA_MAPPINGS: readonly string[] = ['usgs_commodities', 'usgs_countries'];

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
