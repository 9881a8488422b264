import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql ships CJS and ESM builds; two copies in one process fail with
    // "Cannot use GraphQLSchema from another module or realm". Pin the one Node resolves.
    alias: { graphql: require.resolve('graphql') },
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each Kùzu test database lives in its own temporary folder; files run in
    // separate processes so no two open one folder.
    pool: 'forks',
    reporters: ['default'],
  },
});
