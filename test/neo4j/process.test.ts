/**
 * `npm start` on Neo4j as a user runs it: the server process seeds an empty Neo4j,
 * answers as on Kùzu, and `/readyz` follows the database when it is stopped and
 * started again. It needs a Neo4j of its own to stop (the shared test database stays
 * up for the other files), so it starts the local one (tools/neo4j) on a fixed port
 * and data folder; it is skipped, visibly, without Java and Maven.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { missingTool, startLocalNeo4j, type LocalNeo4j } from '../support/neo4j-server.js';
import { startServerProcess } from '../support/process.js';
import { describeOnBackend } from '../support/stores.js';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 90_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting until ${what}`);
}

const missing = missingTool();

describeOnBackend('the server process on Neo4j', () => {
  it.skipIf(missing !== undefined)(
    `seeds an empty Neo4j, answers, and /readyz follows the database stopped and started${missing ? ` (skipped: no ${missing})` : ''}`,
    { timeout: 300_000 },
    async () => {
      const data = fs.mkdtempSync(path.join(os.tmpdir(), 'cmg-neo4j-process-'));
      const args = ['--port', String(await freePort()), '--password', 'process-test-password', '--data', data];
      let db: LocalNeo4j | undefined = await startLocalNeo4j(undefined, args);
      const server = startServerProcess({ PORT: '0', NEO4J_URI: db.uri, NEO4J_USER: db.user, NEO4J_PASSWORD: db.password });
      try {
        const url = await server.url();
        const readyz = async () => (await fetch(`${url}readyz`, { signal: AbortSignal.timeout(15_000) })).status;
        const query = async () => {
          const res = await fetch(`${url}graphql`, {
            method: 'POST',
            signal: AbortSignal.timeout(30_000),
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: '{ listEdition(id: "USA-2022") { size minerals { id } } mineral(id: "gallium") { importSources { rank country { id } } } }' }),
          });
          return (await res.json()) as any;
        };
        await until('the server has seeded Neo4j and is ready', async () => (await readyz()) === 200);
        const first = await query();
        expect(first.data.listEdition.size).toBe(50);
        expect(first.data.listEdition.minerals).toHaveLength(50);
        expect(first.data.mineral.importSources.length).toBeGreaterThan(0);

        await db.stop();
        db = undefined;
        await until('/readyz says unavailable', async () => (await readyz()) === 503);
        expect((await query()).errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');

        db = await startLocalNeo4j(undefined, args);
        await until('/readyz is ready again', async () => (await readyz()) === 200);
        expect(await query()).toEqual(first);
      } finally {
        server.child.kill('SIGTERM');
        await server.exited;
        await db?.stop();
        fs.rmSync(data, { recursive: true, force: true });
      }
      expect(server.child.exitCode).toBe(0);
    },
  );
});
