import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '../../src/store/create.js';

/**
 * Starts the repo's local Neo4j (tools/neo4j/run.sh: Neo4j Community embedded, Bolt on
 * 127.0.0.1, a free or given port, a generated or given password, data in a temporary
 * folder it removes on exit unless --data names one) and reads the `export` lines it
 * prints when ready. The tests' global set-up (test/support/neo4j-server.ts), the Neo4j
 * process test and the benchmark all start it through this module.
 */
export interface LocalNeo4j {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly pid: number;
  /** SIGTERM (a clean shutdown that removes the temporary data), SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

/** The first start may download Neo4j's jars with Maven; later ones take about 10 s. */
const START_TIMEOUT_MS = 600_000;

/** Servers not stopped yet: SIGTERMed on Ctrl-C or exit too (see stopLocalNeo4js), so none outlives the run. */
const LIVE = new Set<ChildProcess>();
export function stopLocalNeo4js(): void {
  for (const c of LIVE) if (c.exitCode === null && c.signalCode === null) c.kill('SIGTERM');
  LIVE.clear();
}

/** Why the local Neo4j cannot be started here, or undefined when it can (Java and Maven on PATH). */
export function localNeo4jUnavailable(): string | undefined {
  const cmd = missingTool();
  return cmd ? `NEO4J_URI is not set and ${cmd} is not on PATH to start the local Neo4j (tools/neo4j)` : undefined;
}

/** The first of Java and Maven that is not on PATH, or undefined. */
export function missingTool(): 'java' | 'mvn' | undefined {
  for (const [cmd, arg] of [['java', '-version'], ['mvn', '-v']] as const) {
    if (spawnSync(cmd, [arg], { stdio: 'ignore' }).status !== 0) return cmd;
  }
  return undefined;
}

/** Starts tools/neo4j/run.sh with these launcher arguments (`--port`, `--password`, `--data`) and environment (`NEO4J_HEAP`, `NEO4J_PAGECACHE_MB`), and reads its `export NAME=value` lines. */
export function startLocalNeo4j(log: (msg: string) => void = () => {}, args: readonly string[] = [], extraEnv: Record<string, string> = {}): Promise<LocalNeo4j> {
  return new Promise((resolve, reject) => {
    const c = spawn('bash', [path.join(REPO_ROOT, 'tools', 'neo4j', 'run.sh'), ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...extraEnv } });
    LIVE.add(c);
    const exited = new Promise<void>((r) => c.once('exit', () => r()));
    const env: Record<string, string> = {};
    let out = '';
    let err = '';
    let ready = false;
    const timer = setTimeout(() => {
      c.kill('SIGKILL');
      reject(new Error(`the local Neo4j did not start within ${START_TIMEOUT_MS / 1000} s:\n${err.slice(-2000)}`));
    }, START_TIMEOUT_MS);
    c.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      for (const m of out.matchAll(/^export (NEO4J_[A-Z]+)=(\S*)$/gm)) env[m[1]] = m[2];
      if (!ready && env.NEO4J_URI && env.NEO4J_PASSWORD !== undefined) {
        ready = true;
        clearTimeout(timer);
        resolve({
          uri: env.NEO4J_URI,
          user: env.NEO4J_USER ?? 'neo4j',
          password: env.NEO4J_PASSWORD,
          pid: c.pid!,
          async stop(graceMs = 60_000) {
            if (c.exitCode === null && c.signalCode === null) {
              c.kill('SIGTERM');
              const kill = setTimeout(() => c.kill('SIGKILL'), graceMs);
              await exited;
              clearTimeout(kill);
            }
            LIVE.delete(c);
          },
        });
      }
    });
    c.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      err = (err + chunk).slice(-20_000);
      const line = /neo4j: .*ready on bolt\S*/.exec(chunk);
      if (line) log(line[0].replace(/, data in .*/, ''));
    });
    c.once('exit', (code) => {
      LIVE.delete(c);
      if (ready) return;
      clearTimeout(timer);
      reject(new Error(`the local Neo4j exited (code ${code}) before it was ready:\n${err.slice(-2000)}`));
    });
  });
}
