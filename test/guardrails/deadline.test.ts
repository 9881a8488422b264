import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RequestStore } from '../../src/http/request-store.js';
import { StoreTimeoutError, StoreUnavailableError } from '../../src/store/errors.js';
import { ControlledStore, seededStore, serve } from './helpers.js';

/** QUERY_TIMEOUT_MS is a per-request deadline: every store read gets what is left of it. */
describe('the request deadline', () => {
  let k: Awaited<ReturnType<typeof seededStore>>;
  beforeAll(async () => {
    k = await seededStore();
  });
  afterAll(async () => {
    await k?.dispose();
  });

  const stmt = { name: 'meta/count-nodes' };

  it('gives each read the time left, abandons a read that outlives the deadline, and starts none after it', async () => {
    const slow = new ControlledStore(k.store);
    const rs = new RequestStore(slow, Date.now() + 1_000);
    slow.delays = [200, Infinity];
    await rs.read(stmt);
    await expect(rs.read(stmt)).rejects.toBeInstanceOf(StoreTimeoutError);
    expect(slow.reads).toHaveLength(2);
    expect(slow.reads[0].timeoutMs).toBeLessThanOrEqual(1_000);
    // At least 200 ms went on the first read (timers never fire early by more than a tick).
    expect(slow.reads[1].timeoutMs).toBeLessThanOrEqual(1_000 - 195);
    await expect(rs.read(stmt)).rejects.toBeInstanceOf(StoreTimeoutError);
    expect(slow.reads, 'no read starts past the deadline').toHaveLength(2);
  });

  it('keeps a tighter timeout a caller asks for', async () => {
    const slow = new ControlledStore(k.store);
    await new RequestStore(slow, Date.now() + 5_000).read(stmt, { timeoutMs: 50 });
    expect(slow.reads[0].timeoutMs).toBe(50);
  });

  it('answers unavailable, without reading, while the store is not prepared', async () => {
    const slow = new ControlledStore(k.store);
    await expect(new RequestStore(slow, Date.now() + 5_000, () => false).read(stmt)).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(slow.reads).toHaveLength(0);
  });

  it('over HTTP: a slow backend gets a TIMEOUT error when the request’s budget runs out, with the time left passed down, and the server goes on', async () => {
    const slow = new ControlledStore(k.store);
    const s = await serve({ store: slow, queryTimeoutMs: 2_000 });
    try {
      // The first read takes 300 ms; the next (which needs the first: groups are not read ahead) never answers.
      slow.mode = 'hang';
      slow.delays = [300];
      const { body } = await s.gql('{ mineral(id: "gallium") { id groups { id } } }');
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0].extensions.code).toBe('TIMEOUT');
      expect(body.errors[0].message).toMatch(/deadline/);
      expect(body.errors[0].extensions.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(slow.reads.length).toBeGreaterThanOrEqual(2);
      expect(slow.reads[0].timeoutMs).toBeLessThanOrEqual(2_000);
      expect(slow.reads[1].timeoutMs).toBeLessThanOrEqual(2_000 - 295);
      expect(slow.reads[1].timeoutMs!).toBeLessThan(slow.reads[0].timeoutMs!);

      slow.mode = 'up';
      slow.delays = [];
      slow.reads.length = 0;
      const ok = await s.gql('{ mineral(id: "gallium") { id } }');
      expect(ok.body).toEqual({ data: { mineral: { id: 'gallium' } } });
      expect(slow.reads[0].timeoutMs).toBeLessThanOrEqual(2_000);
    } finally {
      await s.server.close();
    }
  });
});
