import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * The suites that run on every backend: everything that answers through the graph
 * store at the GraphQL, HTTP or knowledge level. Each runs once per project below with
 * TEST_BACKEND naming the backend (test/support/stores.ts reads it). The rest (units,
 * parsing, Cypher lint, guardrails that refuse before any read) run once, in `kuzu`.
 */
const BACKEND_SUITES = [
  'test/conformance/**/*.test.ts',
  'test/graphql/**/*.test.ts',
  'test/api/http.test.ts',
  'test/seeds/knowledge.test.ts',
  'test/seeds/inconsistencies.test.ts',
  'test/seeds/sync.test.ts',
  'test/seeds/crash.test.ts',
  'test/seeds/bulk.test.ts',
  'test/guardrails/injection.test.ts',
  'test/guardrails/masking.test.ts',
  'test/observability/**/*.test.ts',
  'test/knowledge/**/*.test.ts',
];

export default defineConfig({
  resolve: {
    // graphql ships CJS and ESM builds; two copies in one process fail with
    // "Cannot use GraphQLSchema from another module or realm". Pin the one Node resolves.
    alias: { graphql: require.resolve('graphql') },
  },
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Each Kùzu test database lives in its own temporary folder; files run in
    // separate processes so no two open one folder.
    pool: 'forks',
    reporters: ['default', './test/support/backend-reporter.ts'],
    projects: [
      {
        // The options above (resolve, timeouts, pool, reporters) hold in each project.
        extends: true,
        test: {
          name: 'kuzu',
          include: ['test/**/*.test.ts'],
          // test/neo4j/: the Neo4j adapter against a real server (plans, types, retries).
          exclude: ['test/neo4j/**'],
          env: { TEST_BACKEND: 'kuzu' },
          sequence: { groupOrder: 0 },
        },
      },
      {
        // The options above (resolve, timeouts, pool, reporters) hold in each project.
        extends: true,
        test: {
          name: 'neo4j',
          include: [...BACKEND_SUITES, 'test/neo4j/**/*.test.ts'],
          // Neo4j Community has one user database: its files run one at a time, each
          // resetting and reseeding it (test/support/stores.ts), after the Kùzu group.
          poolOptions: { forks: { singleFork: true } },
          env: { TEST_BACKEND: 'neo4j' },
          globalSetup: ['./test/support/neo4j-server.ts'],
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
