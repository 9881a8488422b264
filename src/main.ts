import 'reflect-metadata';
import path from 'node:path';
import { bootstrapStore } from './bootstrap.js';
import { SeedValidationError } from './seeds/compile.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { readExamples } from './http/graphiql.js';
import { PersistedOperations } from './http/persisted.js';
import { startServer } from './http/server.js';
import { createObservability, tracingFromEnv } from './observability/index.js';
import { createLogger } from './log.js';
import { REPO_ROOT, SEEDS_DIR, createStore } from './store/create.js';

/** `npm start`: serve the graph (Kùzu by default, Neo4j when NEO4J_URI is set). */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`critical-minerals-graph: configuration error: ${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  const logger = createLogger(config.logLevel);
  // A backend failure that escapes a request must not take the process down: log it and keep serving.
  process.on('unhandledRejection', (reason) => {
    logger.error('unhandled rejection', { message: (reason as Error)?.message ?? String(reason), stack: (reason as Error)?.stack });
  });
  const observability = createObservability({ tracerProvider: tracingFromEnv(logger) });
  let store;
  try {
    store = observability.instrumentStore(createStore(config));
  } catch (err) {
    process.stderr.write(`critical-minerals-graph: cannot open the graph store: ${(err as Error).message}\n`);
    process.exit(1);
  }

  let persistedOnly: PersistedOperations | undefined;
  if (config.persistedOperationsFile) {
    try {
      persistedOnly = PersistedOperations.fromManifest(path.resolve(config.persistedOperationsFile));
    } catch (err) {
      process.stderr.write(`critical-minerals-graph: configuration error: PERSISTED_OPERATIONS_ONLY: ${(err as Error).message}\n`);
      process.exit(2);
    }
  }

  let ready = false;
  const server = await startServer({
    store,
    logger,
    port: config.port,
    host: config.host,
    queryTimeoutMs: config.queryTimeoutMs,
    introspection: config.introspection,
    guardrails: config.guardrails,
    corsOrigins: config.corsOrigins,
    rateLimit: config.rateLimit,
    persistedOnly,
    examples: readExamples(path.join(REPO_ROOT, 'schema', 'examples.graphql')),
    isBootstrapped: () => ready,
    observability,
  });
  const where = config.neo4j ? `Neo4j at ${config.neo4j.uri} (database ${config.neo4j.database})` : `Kùzu in ${config.kuzuPath}`;
  process.stdout.write(`critical-minerals-graph: GraphiQL at ${server.url} (POST ${server.url}graphql), graph view at ${server.url}explore, backend ${where}\n`);

  const shutdown = new AbortController();
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    shutdown.abort();
    logger.info('shutting down', { signal });
    await server.close();
    await store.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  try {
    await bootstrapStore(store, { seedsDir: SEEDS_DIR, seed: config.seedOnStart, logger, signal: shutdown.signal });
    ready = true;
    logger.info('ready', { backend: store.backend });
  } catch (err) {
    if (stopping) return;
    // Only what retrying cannot fix ends up here: say which it is and what to do.
    const what = err instanceof SeedValidationError ? 'the seed files are invalid; nothing was loaded' : 'cannot prepare the graph store';
    process.stderr.write(`critical-minerals-graph: ${what}: ${(err as Error).message}\n`);
    await server.close(1_000);
    await store.close();
    process.exit(1);
  }
}

void main();
