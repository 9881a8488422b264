import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrapStore } from '../../src/bootstrap.js';
import { createLogger } from '../../src/log.js';
import { SEEDS_DIR, loadCypher } from '../../src/store/create.js';
import { Neo4jStore } from '../../src/store/neo4j-store.js';
import { ControlledStore, leak, seededStore, serve } from './helpers.js';

const ONE = '{ mineral(id: "gallium") { id } }';

async function readyz(base: string) {
  const res = await fetch(`${base}/readyz`);
  return { status: res.status, body: (await res.json()) as any };
}

/** A backend that goes away and comes back: the server stays up, says so, and recovers. */
describe('backend outages', () => {
  let k: Awaited<ReturnType<typeof seededStore>>;
  beforeAll(async () => {
    k = await seededStore();
  });
  afterAll(async () => {
    await k?.dispose();
  });

  it('mid-run: /readyz turns 503 and queries get SERVICE_UNAVAILABLE while the store fails, then both recover', async () => {
    const store = new ControlledStore(k.store);
    const s = await serve({ store });
    try {
      expect((await readyz(s.base)).status).toBe(200);
      expect((await s.gql(ONE)).body).toEqual({ data: { mineral: { id: 'gallium' } } });

      store.mode = 'down';
      for (let i = 0; i < 3; i++) {
        expect(await readyz(s.base)).toEqual({ status: 503, body: { status: 'unavailable', backend: 'kuzu', reason: 'the graph store does not answer' } });
        const res = await s.post({ query: ONE });
        const text = await res.text();
        const body = JSON.parse(text);
        expect(body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
        expect(body.errors[0].message).toMatch(/unavailable; try again/);
        expect(leak(text)).toBeUndefined();
        expect((await fetch(`${s.base}/healthz`)).status).toBe(200);
      }

      store.mode = 'up';
      expect(await readyz(s.base)).toEqual({ status: 200, body: { status: 'ready', backend: 'kuzu' } });
      expect((await s.gql(ONE)).body).toEqual({ data: { mineral: { id: 'gallium' } } });
    } finally {
      await s.server.close();
    }
  });

  it('a backend that hangs: /readyz answers 503 (its ping is bounded) and recovers', async () => {
    const store = new ControlledStore(k.store);
    const s = await serve({ store, queryTimeoutMs: 500 });
    try {
      store.mode = 'hang';
      expect((await readyz(s.base)).status).toBe(503);
      expect((await s.gql(ONE)).body.errors[0].extensions.code).toBe('TIMEOUT');
      store.mode = 'up';
      expect((await readyz(s.base)).status).toBe(200);
      expect((await s.gql(ONE)).body.data.mineral.id).toBe('gallium');
    } finally {
      await s.server.close();
    }
  });

  it('says why it is not ready: a store that answers but is still being prepared', async () => {
    const s = await serve({ store: k.store, isBootstrapped: () => false });
    try {
      expect(await readyz(s.base)).toEqual({ status: 503, body: { status: 'unavailable', backend: 'kuzu', reason: 'the graph store is being prepared (schema, seeds)' } });
    } finally {
      await s.server.close();
    }
  });

  it('at start-up: not ready and SERVICE_UNAVAILABLE while bootstrap retries, ready with data once the store is back (as main.ts runs it)', async () => {
    const store = new ControlledStore(k.store);
    store.mode = 'down';
    let ready = false;
    const s = await serve({ store, isBootstrapped: () => ready });
    const abort = new AbortController();
    try {
      const boot = bootstrapStore(store, { seedsDir: SEEDS_DIR, seed: true, logger: createLogger('silent'), signal: abort.signal, maxDelayMs: 200 }).then(() => {
        ready = true;
      });
      expect((await readyz(s.base)).status).toBe(503);
      const before = store.reads.length;
      expect((await s.gql(ONE)).body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(store.reads.length, 'no query reaches a store that is not prepared').toBe(before);

      store.mode = 'up';
      await boot;
      expect((await readyz(s.base)).status).toBe(200);
      expect((await s.gql(ONE)).body).toEqual({ data: { mineral: { id: 'gallium' } } });
    } finally {
      abort.abort();
      await s.server.close();
    }
  });

  it('Neo4j at a closed port: alive, not ready, SERVICE_UNAVAILABLE with no driver words, and still serving', async () => {
    const neo = new Neo4jStore(loadCypher('neo4j'), { uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x', database: 'neo4j' });
    const s = await serve({ store: neo, queryTimeoutMs: 20_000 });
    try {
      expect((await fetch(`${s.base}/healthz`)).status).toBe(200);
      expect(await readyz(s.base)).toEqual({ status: 503, body: { status: 'unavailable', backend: 'neo4j', reason: 'the graph store does not answer' } });
      const res = await s.post({ query: ONE });
      const text = await res.text();
      expect(JSON.parse(text).errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(leak(text)).toBeUndefined();
      expect((await readyz(s.base)).status).toBe(503);
      expect((await fetch(`${s.base}/healthz`)).status).toBe(200);
    } finally {
      await s.server.close();
      await neo.close();
    }
  });
});
