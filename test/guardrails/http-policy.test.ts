import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededStore, serve } from './helpers.js';

/** Introspection, batching, body size and CORS: each configurable, each with a safe default. */
describe('HTTP policy', () => {
  let k: Awaited<ReturnType<typeof seededStore>>;
  const servers: Awaited<ReturnType<typeof serve>>[] = [];
  const start = async (opts: Parameters<typeof serve>[0]) => {
    const s = await serve(opts);
    servers.push(s);
    return s;
  };

  beforeAll(async () => {
    k = await seededStore();
  });
  afterAll(async () => {
    for (const s of servers) await s.server.close();
    await k?.dispose();
  });

  const ONE = '{ mineral(id: "gallium") { id } }';

  it('answers introspection when GRAPHQL_INTROSPECTION is on, and refuses it (without field suggestions) when off', async () => {
    const on = await start({ store: k.store, introspection: true });
    expect((await on.gql('{ __schema { queryType { name } } }')).body.data.__schema.queryType.name).toBe('Query');
    expect((await on.gql('{ minerl(id: "gallium") { id } }')).body.errors[0].message).toMatch(/Did you mean/);

    const off = await start({ store: k.store, introspection: false });
    const refused = await off.gql('{ __schema { queryType { name } } }');
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(refused.body.errors[0].message).toMatch(/introspection/i);
    const typo = await off.gql('{ minerl(id: "gallium") { id } }');
    expect(typo.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(typo.body.errors[0].message).not.toMatch(/Did you mean|mineral/);
    expect((await off.gql(ONE)).body.data.mineral.id).toBe('gallium');
  });

  it('refuses batched operations by default (GRAPHQL_MAX_BATCH=0)', async () => {
    const s = await start({ store: k.store });
    const res = await s.post([{ query: ONE }, { query: ONE }]);
    expect(res.status).toBe(400);
    const body: any = await res.json();
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(body.errors[0].message).toMatch(/batching disabled/i);
  });

  it('with GRAPHQL_MAX_BATCH=2 runs a batch of two, refuses three, and gives the batch one cost budget', async () => {
    const s = await start({ store: k.store, guardrails: { maxBatch: 2, maxCost: 430 } });
    const two: any = await (await s.post([{ query: ONE }, { query: '{ country(id: "CHN") { id } }' }])).json();
    expect(two).toEqual([{ data: { mineral: { id: 'gallium' } } }, { data: { country: { id: 'CHN' } } }]);

    const res = await s.post([{ query: ONE }, { query: ONE }, { query: ONE }]);
    expect(res.status).toBe(400);
    const three: any = await res.json();
    expect(three.errors[0].extensions).toMatchObject({ code: 'BATCH_TOO_LARGE', limit: 'batch', max: 2, found: 3 });
    expect(three.errors[0].extensions.requestId).toBe(res.headers.get('x-request-id'));

    // 1 + 20 x 1 = 21 (each object 1, scalars nothing): two fit in 430.
    const q = '{ listEdition(id: "USA-2022") { minerals { id name } } }';
    const shared: any = await (await s.post([{ query: q }, { query: q }, ])).json();
    expect(shared[0].data.listEdition.minerals).toHaveLength(50);
    const q2 = '{ listEdition(id: "USA-2022") { minerals { id listedIn { category } } } }'; // 1 + 20 x (1 + 20) = 421
    // 21 + 421 = 442: each alone fits in 430, together they do not; whichever runs second is refused.
    const over = (await (await s.post([{ query: q }, { query: q2 }])).json()) as any[];
    expect(over.filter((r) => r.data?.listEdition?.minerals?.length === 50)).toHaveLength(1);
    const refused = over.filter((r) => r.errors);
    expect(refused).toHaveLength(1);
    expect(refused[0].errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost', max: 430, found: 442 });
  });

  it('refuses a body over MAX_BODY_BYTES with 413 and PAYLOAD_TOO_LARGE', async () => {
    const s = await start({ store: k.store, guardrails: { maxBodyBytes: 2_000 } });
    const padded = JSON.stringify({ query: ONE, variables: { pad: 'x'.repeat(3_000) } });
    const res = await s.post(padded);
    expect(res.status).toBe(413);
    const body: any = await res.json();
    expect(body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(body.errors[0].message).toMatch(/2000 bytes/);
    expect((await s.gql(ONE)).body.data.mineral.id).toBe('gallium');
  });

  it('adds no CORS headers by default (same-origin only), and still answers a same-origin OPTIONS', async () => {
    const s = await start({ store: k.store });
    const res = await s.post({ query: ONE }, { origin: 'https://evil.example' });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const pre = await fetch(`${s.base}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    expect(pre.headers.get('access-control-allow-methods')).toBeNull();
  });

  it('allows the origins in CORS_ORIGINS, answers their preflight, and no others', async () => {
    const s = await start({ store: k.store, corsOrigins: ['https://app.example.org', 'http://localhost:3000'] });
    const pre = await fetch(`${s.base}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example.org', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('https://app.example.org');
    expect(pre.headers.get('access-control-allow-methods')).toMatch(/POST/);
    expect(pre.headers.get('access-control-allow-headers')).toMatch(/content-type/);
    expect(pre.headers.get('vary')).toMatch(/Origin/);

    const ok = await s.post({ query: ONE }, { origin: 'http://localhost:3000' });
    expect(ok.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    expect(ok.headers.get('access-control-expose-headers')).toMatch(/x-request-id/);
    expect(((await ok.json()) as any).data.mineral.id).toBe('gallium');

    const other = await fetch(`${s.base}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const otherPost = await s.post({ query: ONE }, { origin: 'https://evil.example' });
    expect(otherPost.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('keeps CSRF prevention with CORS on: a simple cross-site GET without a preflight header is refused', async () => {
    const s = await start({ store: k.store, corsOrigins: ['*'] });
    const res = await fetch(`${s.base}/graphql?query=${encodeURIComponent(ONE)}`, { headers: { origin: 'https://evil.example' } });
    expect(res.status).toBe(400);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });
});
