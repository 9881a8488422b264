/**
 * Vitest global set-up of the `neo4j` project: the Neo4j its suites run against, the
 * way Testcontainers provides a database. NEO4J_URI set: that server (with NEO4J_USER,
 * NEO4J_PASSWORD, NEO4J_DATABASE). Otherwise, where Java and Maven are on PATH, the
 * repo's local Neo4j (tools/neo4j, `npm run neo4j`) is started on a free port with its
 * data in a temporary folder, and stopped when the run ends. Without either the suites
 * are skipped, visibly, with the reason (TEST_NEO4J=off skips them on purpose;
 * TEST_NEO4J=required, as .ci/run sets, fails the run instead).
 */
import type { TestProject } from 'vitest/node';
import { localNeo4jUnavailable, startLocalNeo4j, type LocalNeo4j } from '../../tools/neo4j/launch.js';

export { missingTool, startLocalNeo4j, type LocalNeo4j } from '../../tools/neo4j/launch.js';

export interface Neo4jTarget {
  readonly uri?: string;
  readonly user?: string;
  readonly password?: string;
  readonly database?: string;
  /** Why the Neo4j suites are skipped, when they are. */
  readonly skip?: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jTarget;
  }
}

let local: LocalNeo4j | undefined;

export async function setup(project: TestProject): Promise<void> {
  const t = await target();
  // CI asks for Neo4j (TEST_NEO4J=required): there a skip would hide a broken set-up.
  if (t.skip && process.env.TEST_NEO4J === 'required') throw new Error(`TEST_NEO4J=required, but ${t.skip}`);
  project.provide('neo4j', t);
}

export async function teardown(): Promise<void> {
  await local?.stop();
}

async function target(): Promise<Neo4jTarget> {
  if (process.env.TEST_NEO4J === 'off') return { skip: 'TEST_NEO4J=off' };
  if (process.env.NEO4J_URI) {
    return {
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      database: process.env.NEO4J_DATABASE ?? 'neo4j',
    };
  }
  const missing = localNeo4jUnavailable();
  if (missing) return { skip: missing };
  // Its "ready" line goes to the run's output, so a slow first start (Maven) is visible.
  try {
    local = await startLocalNeo4j((line) => process.stderr.write(`${line}\n`));
  } catch (err) {
    // A machine with Java and Maven that cannot build or start it (no Maven Central, no
    // disk) still runs the Kùzu suites; the Neo4j ones say why they did not run.
    process.stderr.write(`${(err as Error).message}\n`);
    return { skip: `the local Neo4j (tools/neo4j) did not start: ${(err as Error).message.split('\n')[0]}` };
  }
  return { uri: local.uri, user: local.user, password: local.password, database: 'neo4j' };
}
