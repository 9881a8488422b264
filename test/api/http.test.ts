import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/http/server.js';
import { createLogger } from '../../src/log.js';
import { backendUnderTest, describeOnBackend, seededStore } from '../support/stores.js';

/** The API through real HTTP: the server started on port 0 over a seeded store. */
describeOnBackend('HTTP API', () => {
  let server: RunningServer;
  let dispose: () => Promise<void>;
  let base: string;

  beforeAll(async () => {
    const k = await seededStore();
    dispose = k.dispose;
    server = await startServer({ store: k.store, logger: createLogger('silent'), port: 0, host: '127.0.0.1', examples: [{ name: 'Gallium', query: 'query Gallium { mineral(id: "gallium") { id } }' }] });
    base = `http://127.0.0.1:${server.port}`;
  });
  afterAll(async () => {
    await server?.close();
    await dispose?.();
  });

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

  it('answers USA-2022 with its 50 minerals', async () => {
    const res = await post({ query: '{ listEdition(id: "USA-2022") { size minerals { id } } }' });
    expect(res.status).toBe(200);
    const body: any = await res.json();
    expect(body.data.listEdition.size).toBe(50);
    expect(body.data.listEdition.minerals).toHaveLength(50);
  });

  it('answers null, not an error, for an unknown mineral', async () => {
    const body: any = await (await post({ query: '{ mineral(id: "unobtainium") { id } }' })).json();
    expect(body).toEqual({ data: { mineral: null } });
  });

  it('serves a self-hosted GraphiQL that references no external host', async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('GraphiQL');
    expect(html).toContain('query Gallium');
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThanOrEqual(4);
    for (const ref of refs) {
      expect(ref.startsWith('/'), ref).toBe(true);
      const asset = await fetch(`${base}${ref}`);
      expect(asset.status, ref).toBe(200);
      await asset.arrayBuffer();
    }
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('reports alive and ready', async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', backend: backendUnderTest() });
  });

  it('gives malformed JSON a 400 with a code and a request id', async () => {
    const res = await post('{"query": ');
    expect(res.status).toBe(400);
    const body: any = await res.json();
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(body.errors[0].extensions.requestId).toBe(res.headers.get('x-request-id'));
  });

  it('gives invalid arguments and unknown fields a stable code and no internals', async () => {
    const bad: any = await (await post({ query: '{ minerals(first: -5) { totalCount } }' })).json();
    expect(bad.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(bad.errors[0].extensions.requestId).toMatch(/^[0-9a-f-]{36}$/);
    const unknown = await post({ query: '{ mineral(id: "gallium") { colour } }' });
    expect(unknown.status).toBe(400);
    const u: any = await unknown.json();
    expect(u.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(u)).not.toMatch(/stacktrace|at .*\.ts:/);
  });

  it('serves the IDE to a browser that opens /graphql, and still answers GET operations that carry the preflight header', async () => {
    const page = await fetch(`${base}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toContain('GraphiQL');
    const q = encodeURIComponent('{ mineral(id: "gallium") { id } }');
    const get = await fetch(`${base}/graphql?query=${q}`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    expect(await get.json()).toEqual({ data: { mineral: { id: 'gallium' } } });
    // Without the header a GET operation is a possible cross-site request: refused, as before.
    expect((await fetch(`${base}/graphql?query=${q}`)).status).toBe(400);
  });

  it('blocks a cross-site simple request (CSRF prevention)', async () => {
    const res = await fetch(`${base}/graphql?query=${encodeURIComponent('{ mineral(id: "gallium") { id } }')}`);
    expect(res.status).toBe(400);
    const ok = await fetch(`${base}/graphql?query=${encodeURIComponent('{ mineral(id: "gallium") { id } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(((await ok.json()) as any).data.mineral.id).toBe('gallium');
  });
});
