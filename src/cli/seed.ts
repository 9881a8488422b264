import 'reflect-metadata';
import { ConfigError, loadConfig } from '../config.js';
import { SeedValidationError } from '../seeds/compile.js';
import { countGraph, loadSeeds } from '../seeds/load.js';
import { SEEDS_DIR, createStore } from '../store/create.js';

/** `npm run seed`: validate seeds/ and load it into the configured backend (idempotent). */
async function main(): Promise<number> {
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
    const result = await loadSeeds(store, SEEDS_DIR, (done, total) => {
      const pct = Math.floor((done / total) * 100);
      if (pct >= shown + 10 || done === total) {
        shown = pct;
        process.stdout.write(`seed: ${pct}% (${done}/${total} statements)\n`);
      }
    });
    const after = await countGraph(store);
    process.stdout.write(
      `seed: validated ${result.nodes} nodes and ${result.relationships} relationships from seeds/; ` +
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

process.exit(await main());
