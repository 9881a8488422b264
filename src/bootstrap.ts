import type { Logger } from './log.js';
import { SeedValidationError } from './seeds/compile.js';
import { countGraph, loadSeeds } from './seeds/load.js';
import { StoreConfigError, StoreUnavailableError } from './store/errors.js';
import type { GraphStore } from './store/port.js';

/**
 * Prepares the store: schema first, then, on an empty database, the seeds. An
 * unreachable backend is retried with backoff (the server stays up and /readyz
 * says not ready); anything else, such as invalid seeds, is final.
 */
export async function bootstrapStore(
  store: GraphStore,
  opts: { seedsDir: string; seed: boolean; logger: Logger; signal?: AbortSignal; maxDelayMs?: number },
): Promise<void> {
  let delay = 500;
  for (;;) {
    try {
      await store.applySchema();
      if (opts.seed) {
        const before = await countGraph(store);
        if (before.nodes === 0) {
          opts.logger.info('empty database: loading seeds/', { backend: store.backend });
          let last = 0;
          const result = await loadSeeds(store, opts.seedsDir, (done, total) => {
            const pct = Math.floor((done / total) * 10) * 10;
            if (pct > last) {
              last = pct;
              opts.logger.info('seeding', { progress: `${pct}%`, statements: `${done}/${total}` });
            }
          });
          opts.logger.info('seeded', { nodes: result.nodes, relationships: result.relationships });
        }
      }
      return;
    } catch (err) {
      // Retry only what may pass: an outage. Bad seeds, a locked folder, wrong credentials will not.
      if (err instanceof SeedValidationError || err instanceof StoreConfigError || !(err instanceof StoreUnavailableError)) throw err;
      if (opts.signal?.aborted) throw err;
      opts.logger.warn('graph store unreachable; retrying', { backend: store.backend, retryInMs: delay });
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, opts.maxDelayMs ?? 30_000);
    }
  }
}
