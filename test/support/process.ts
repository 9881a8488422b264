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
