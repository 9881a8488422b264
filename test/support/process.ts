import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Starts the server with the given environment: `src/main.ts` through tsx (as
 * `npm run start:dev` does), or what `args` name (the build: `dist/src/main.js`).
 */
export function startServerProcess(env: Record<string, string>, args: readonly string[] = ['--import', 'tsx', 'src/main.ts'], cwd = ROOT) {
  const child = spawn(process.execPath, args, {
    cwd,
    // No NEO4J_URI from the test's own environment: the caller says which backend. And
    // NODE_ENV as an operator runs it, not vitest's "test" (Apollo acts on it: its own
    // signal handlers once kept a SIGTERM'd server on Neo4j from exiting).
    env: { ...process.env, LOG_LEVEL: 'warn', NEO4J_URI: '', NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c) => (stdout += c));
  child.stderr.on('data', (c) => (stderr += c));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = async (timeoutMs = 60_000): Promise<string> => {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      const m = stdout.match(/GraphiQL at (http:\/\/\S+\/) /);
      if (m) return m[1];
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no URL printed; stderr: ${stderr}`);
  };
  return { child, exited, url, out: () => stdout, err: () => stderr };
}

/**
 * Runs a command to its end without blocking the test worker. A synchronous child process
 * (execFileSync, spawnSync) stops the worker's event loop for as long as it runs; past
 * Vitest's 60 s RPC timeout its pending report to the main process fails the whole run
 * ("[vitest-worker]: Timeout calling onTaskUpdate"), which CI printed twice; a slow
 * `npm run build` on a busy machine is the likely blocker (not observed directly).
 */
export function runCommand(
  cmd: string,
  args: readonly string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd ?? ROOT, env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    const timer = opts.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs) : undefined;
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}
