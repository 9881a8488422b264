/**
 * The production build: `npm run build` compiles the server to dist/ and bundles the graph
 * view's scripts to dist/explore/, and what
 * `npm start` runs (`node dist/src/main.js`, no TypeScript loader) serves the graph.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { runCommand, startServerProcess } from '../support/process.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

it('npm run build compiles to dist/, and node alone serves the seeded graph from it', { timeout: 180_000 }, async () => {
  const build = await runCommand('npm', ['run', '-s', 'build'], { cwd: ROOT });
  expect(build.status, build.stderr).toBe(0);
  const main = path.join(ROOT, 'dist/src/main.js');
  expect(fs.existsSync(main)).toBe(true);
  const start = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts.start as string;
  expect(start).toMatch(/^node .*dist\/src\/main\.js$/);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cmg-dist-'));
  // Any working directory: the build finds cypher/ and seeds/ itself.
  const p = startServerProcess({ PORT: '0', KUZU_PATH: dir, NODE_OPTIONS: '' }, [main], os.tmpdir());
  try {
    const url = await p.url();
    for (let i = 0; i < 300 && (await fetch(`${url}readyz`)).status !== 200; i++) await new Promise((r) => setTimeout(r, 100));
    const body: any = await (
      await fetch(`${url}graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ listEdition(id: "USA-2022") { size } }' }) })
    ).json();
    expect(body).toEqual({ data: { listEdition: { size: 50 } } });
    expect((await fetch(url)).status).toBe(200);
    // The graph view's scripts come from the build (dist/explore/), byte for byte.
    expect((await fetch(`${url}explore`)).headers.get('content-type')).toMatch(/text\/html/);
    for (const name of ['explore.js', 'layout-worker.js']) {
      const built = fs.readFileSync(path.join(ROOT, 'dist/explore', name), 'utf8');
      expect(await (await fetch(`${url}explore/${name}`)).text(), name).toBe(built);
    }
  } finally {
    p.child.kill('SIGTERM');
    await p.exited;
    fs.rmSync(dir, { recursive: true, force: true });
  }
  expect(p.child.exitCode).toBe(0);
});
