import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SeedValidationError } from '../seeds/compile.js';
import { loadSeeds } from '../seeds/load.js';
import { buildSeedReport, formatSeedReport } from '../seeds/report.js';
import { SEEDS_DIR, loadCypher } from '../store/create.js';
import { KuzuStore } from '../store/kuzu-store.js';

/**
 * `npm run seeds:report`: loads seeds/ into a throw-away Kùzu database in a
 * temporary folder (never the configured data folder), prints what the knowledge
 * holds, and removes the folder. Exits 1 if any fact lacks a source or cites an
 * unknown one, if a row of a copied USGS file is unmapped, or if seeds/ does not load.
 */
async function main(): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cmg-seeds-report-'));
  const store = new KuzuStore(loadCypher('kuzu'), { path: dir, bufferPoolMb: 256 });
  try {
    await store.applySchema();
    await loadSeeds(store, SEEDS_DIR);
    const report = await buildSeedReport(store, { seedsDir: SEEDS_DIR });
    process.stdout.write(formatSeedReport(report));
    return report.unsourced.total === 0 && report.unknownSources.length === 0 && report.usgsCoverage.unmapped === 0 ? 0 : 1;
  } catch (err) {
    if (err instanceof SeedValidationError) process.stderr.write(`seeds:report: ${err.message}\n`);
    else process.stderr.write(`seeds:report: failed: ${(err as Error).message}\n`);
    return 1;
  } finally {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

process.exit(await main());
