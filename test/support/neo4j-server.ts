/**
 * Vitest global set-up of the `neo4j` project: the Neo4j its suites run against, the
 * way Testcontainers provides a database. NEO4J_URI set: that server (with NEO4J_USER,
 * NEO4J_PASSWORD, NEO4J_DATABASE). Otherwise, where Java and Maven are on PATH, the
 * repo's local Neo4j (tools/neo4j, `npm run neo4j`) is started on a free port with its
 * data in a temporary folder, and stopped when the run ends. Without either the suites
 * are skipped, visibly, with the reason (TEST_NEO4J=off skips them on purpose;
 * TEST_NEO4J=required, as .ci/run sets, fails the run instead).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

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

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The first start may download Neo4j's jars with Maven; later ones take about 10 s. */
const START_TIMEOUT_MS = 600_000;

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
  const missing = missingTools();
  if (missing) return { skip: `NEO4J_URI is not set and ${missing} is not on PATH to start the local Neo4j (tools/neo4j)` };
  local = await startLocalNeo4j();
  return { ...local.env, database: 'neo4j' };
}

/** The first of Java and Maven that is missing, or undefined. */
export function missingTools(): string | undefined {
  for (const [cmd, arg] of [['java', '-version'], ['mvn', '-v']] as const) {
    if (spawnSync(cmd, [arg], { stdio: 'ignore' }).status !== 0) return cmd;
  }
  return undefined;
}

export interface LocalNeo4j {
  readonly env: { uri: string; user: string; password: string };
  /** SIGTERM, then waits for a clean exit (SIGKILL after a minute). */
  stop(): Promise<void>;
}

/** Starts tools/neo4j/run.sh with these arguments and reads its `export NAME=value` lines. */
export function startLocalNeo4j(args: readonly string[] = []): Promise<LocalNeo4j> {
  return new Promise((resolve, reject) => {
    const c: ChildProcess = spawn('bash', [path.join(ROOT, 'tools/neo4j/run.sh'), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<void>((r) => c.once('exit', () => r()));
    const stop = async () => {
      if (c.exitCode !== null || c.signalCode !== null) return;
      c.kill('SIGTERM');
      const timer = setTimeout(() => c.kill('SIGKILL'), 60_000);
      await exited;
      clearTimeout(timer);
    };
    const env: Record<string, string> = {};
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      c.kill('SIGKILL');
      reject(new Error(`the local Neo4j did not start within ${START_TIMEOUT_MS / 1000} s:\n${err.slice(-2000)}`));
    }, START_TIMEOUT_MS);
    c.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      for (const m of out.matchAll(/^export (NEO4J_[A-Z]+)=(\S*)$/gm)) env[m[1]] = m[2];
      if (env.NEO4J_URI && env.NEO4J_PASSWORD !== undefined) {
        clearTimeout(timer);
        resolve({ env: { uri: env.NEO4J_URI, user: env.NEO4J_USER ?? 'neo4j', password: env.NEO4J_PASSWORD }, stop });
      }
    });
    c.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      err += chunk;
      if (/ready on bolt/.test(chunk)) process.stderr.write(chunk);
    });
    c.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the local Neo4j exited (code ${code}) before it was ready:\n${err.slice(-2000)}`));
    });
  });
}
