import type { SeedRows } from './types.js';

/** Raw data sets under seeds/ (the USGS releases) parsed into seed rows. */
export function readRawDataSeeds(_seedsDir: string): SeedRows {
  return {};
}
