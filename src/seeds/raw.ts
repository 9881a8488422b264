import type { SeedRows } from './types.js';
import { readUsgsSeeds } from './usgs.js';

/** Raw data sets under seeds/ (the USGS releases) parsed into seed rows. */
export function readRawDataSeeds(seedsDir: string): SeedRows {
  return readUsgsSeeds(seedsDir);
}
