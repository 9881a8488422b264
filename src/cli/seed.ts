import 'reflect-metadata';
import path from 'node:path';
import { ConfigError, loadConfig } from '../config.js';
import { SeedValidationError } from '../seeds/compile.js';
import { countGraph, loadSeeds } from '../seeds/load.js';
import { formatPlan } from '../seeds/sync.js';
import { SEEDS_DIR, createStore } from '../store/create.js';

const USAGE = 'usage: npm run seed [-- --dry-run] [--seeds DIR]';

/**
 * `npm run seed`: validate seeds/ and make the configured database equal to it, in one
 * transaction (added, changed and removed nodes and facts). `--dry-run` prints the
 * difference and writes nothing; `--seeds DIR` reads another copy of the folder.
 */
async function main(argv: readonly string[]): Promise<number> {
  let dryRun = false;
  let seedsDir = SEEDS_DIR;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--dry-run') dryRun = true;
    else if (argv[i] === '--seeds' && argv[i + 1]) seedsDir = path.resolve(argv[++i]);
    else {
      process.stderr.write(`seed: unknown argument ${argv[i]}\n${USAGE}\n`);
      return 2;
    }
  }
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`seed: configuration error: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  const store = createStore(config);
  try {
    await store.applySchema();
    const before = await countGraph(store);
    process.stdout.write(`seed: ${store.backend}: ${before.nodes} nodes, ${before.relationships} relationships before\n`);
    let shown = -1;
    const result = await loadSeeds(
      store,
      seedsDir,
      (done, total) => {
        const pct = Math.floor((done / total) * 100);
        if (pct >= shown + 10 || done === total) {
          shown = pct;
          process.stdout.write(`seed: ${pct}% (${done}/${total} statements)\n`);
        }
      },
      { dryRun },
    );
    process.stdout.write(`seed: ${dryRun ? 'would change (dry run, nothing written)' : 'changed'}: ${formatPlan(result.plan).replace(/\n/g, '\nseed: ')}\n`);
    if (dryRun) return 0;
    const after = await countGraph(store);
    process.stdout.write(
      `seed: validated ${result.nodes} nodes and ${result.relationships} relationships from ${seedsDir}; ` +
        `database now ${after.nodes} nodes, ${after.relationships} relationships ` +
        `(${after.nodes - before.nodes >= 0 ? '+' : ''}${after.nodes - before.nodes} nodes, ` +
        `${after.relationships - before.relationships >= 0 ? '+' : ''}${after.relationships - before.relationships} relationships)\n`,
    );
    return 0;
  } catch (err) {
    if (err instanceof SeedValidationError) process.stderr.write(`seed: ${err.message}\n`);
    else process.stderr.write(`seed: failed: ${(err as Error).message}\n`);
    return 1;
  } finally {
    await store.close();
  }
}

process.exit(await main(process.argv.slice(2)));
