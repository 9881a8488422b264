import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSchema } from '../../src/graphql/schema.js';
import { leak, prng, seededStore, serve } from './helpers.js';
import { query, rootFields, type Gen } from './schema-walk.js';

const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const VALID = 300;
const ID_POOL = ['gallium', 'graphite', 'rare-earth-elements', 'USA', 'CHN', 'EUU', 'USA-2022', 'USA-2025', 'msp', 'eo-13817', 'usa-usgs', 'usgs-mcs-2025', 'nope', '', ' ', '镓', 'x'.repeat(300), '\u0000', '🙂', 'G̶a̶'];

interface Sent {
  readonly what: string;
  readonly init: RequestInit & { path?: string };
}

/**
 * Several hundred generated requests against the real server: valid queries built
 * by walking the live schema with random arguments, and broken ones. Every answer
 * must be JSON with `data` and/or `errors`, every error must carry a code and the
 * request id, and nothing internal may show. Replay a failure with FUZZ_SEED=<seed>.
 */
describe(`fuzzing the HTTP API (FUZZ_SEED=${SEED})`, () => {
  let k: Awaited<ReturnType<typeof seededStore>>;
  let s: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    console.log(`fuzz seed: ${SEED} (replay with FUZZ_SEED=${SEED})`);
    k = await seededStore();
    s = await serve({ store: k.store, queryTimeoutMs: 20_000 });
  });
  afterAll(async () => {
    await s?.server.close();
    await k?.dispose();
  });

  function requests(rnd: () => number, schema: Awaited<ReturnType<typeof getSchema>>): Sent[] {
    const g: Gen = { rnd, string: () => ID_POOL[Math.floor(rnd() * ID_POOL.length)] };
    const json = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
    const out: Sent[] = [];
    const roots = rootFields(schema);
    for (let i = 0; i < VALID; i++) {
      const f = roots[Math.floor(rnd() * roots.length)];
      const q = query(schema, g, f, 1 + Math.floor(rnd() * 4));
      out.push({ what: `valid ${q}`, init: json({ query: q }) });
    }
    const deep = (n: number) => `{ mineral(id: "gallium") ${'{ listedIn { edition { minerals '.repeat(n)}{ id }${' } } }'.repeat(n)} }`;
    const broken: [string, RequestInit & { path?: string }][] = [
      ['malformed JSON', json('{"query": "{ mineral(id: \\"gallium\\") { id } }"')],
      ['truncated JSON', json('{"query": ')],
      ['JSON null', json('null')],
      ['JSON number', json('42')],
      ['JSON string', json('"{ __typename }"')],
      ['empty body', json('')],
      ['empty batch', json([])],
      ['batch (disabled)', json([{ query: '{ __typename }' }, { query: '{ __typename }' }])],
      ['query is a number', json({ query: 5 })],
      ['query is an object', json({ query: { a: 1 } })],
      ['no query', json({ variables: {} })],
      ['variables not an object', json({ query: '{ __typename }', variables: 'x' })],
      ['syntax error', json({ query: '{ mineral(id: "gallium") { id ' })],
      ['unknown field', json({ query: '{ mineral(id: "gallium") { colour } }' })],
      ['unknown root', json({ query: '{ deleteEverything }' })],
      ['mutation', json({ query: 'mutation { deleteEverything }' })],
      ['subscription', json({ query: 'subscription { minerals { totalCount } }' })],
      ['wrong type literal', json({ query: '{ minerals(first: "ten") { totalCount } }' })],
      ['wrong type variable', json({ query: 'query Q($n: Int) { minerals(first: $n) { totalCount } }', variables: { n: 'ten' } })],
      ['missing required variable', json({ query: 'query Q($id: ID!) { mineral(id: $id) { id } }', variables: {} })],
      ['null for non-null', json({ query: 'query Q($id: ID!) { mineral(id: $id) { id } }', variables: { id: null } })],
      ['huge int', json({ query: '{ minerals(first: 99999999999) { totalCount } }' })],
      ['float for int', json({ query: '{ minerals(first: 1.5) { totalCount } }' })],
      ['negative first', json({ query: '{ minerals(first: -1) { totalCount } }' })],
      ['bad cursor', json({ query: '{ minerals(first: 1, after: "not-a-cursor") { totalCount } }' })],
      ['unknown operation name', json({ query: 'query A { __typename }', operationName: 'B' })],
      ['two operations, no name', json({ query: 'query A { __typename } query B { __typename }' })],
      ['unused fragment', json({ query: '{ __typename } fragment F on Mineral { id }' })],
      ['fragment cycle', json({ query: '{ mineral(id: "gallium") { ...A } } fragment A on Mineral { ...B } fragment B on Mineral { ...A }' })],
      ['deep document', json({ query: deep(12) })],
      ['very deep document', json({ query: `{ ${'a { '.repeat(3000)}b${' }'.repeat(3000)} }` })],
      ['huge document', json({ query: `{ ${Array.from({ length: 5000 }, (_, i) => `a${i}: __typename`).join(' ')} }` })],
      ['many aliases', json({ query: `{ ${Array.from({ length: 40 }, (_, i) => `m${i}: mineral(id: "gallium") { id }`).join(' ')} }` })],
      ['many directives', json({ query: `{ mineral(id: "gallium") { ${'id @include(if: true) '.repeat(80)} } }` })],
      ['unknown directive', json({ query: '{ mineral(id: "gallium") @boom { id } }' })],
      ['body over the limit', json({ query: '{ __typename }', variables: { pad: 'x'.repeat(200_000) } })],
      ['text/plain (CSRF)', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' }],
      ['form post (CSRF)', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=%7B__typename%7D' }],
      ['GET without preflight header', { method: 'GET', path: `/graphql?query=${encodeURIComponent('{ __typename }')}` }],
      ['GET mutation', { method: 'GET', headers: { 'apollo-require-preflight': '1' }, path: `/graphql?query=${encodeURIComponent('mutation { x }')}` }],
      ['PUT', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{}' }],
      ['binary garbage', { method: 'POST', headers: { 'content-type': 'application/json' }, body: new Uint8Array([0xff, 0xfe, 0x00, 0x7b, 0x22]) }],
      ['unknown path', { method: 'GET', path: '/graphql/../etc/passwd' }],
      ['introspection of a type', json({ query: '{ __type(name: "Mineral") { fields { name } } }' })],
    ];
    for (const [what, init] of broken) out.push({ what, init });
    // Random mutations of valid queries: truncation and character noise.
    for (let i = 0; i < 60; i++) {
      const base = out[Math.floor(rnd() * VALID)].init.body as string;
      const q = JSON.parse(base).query as string;
      const cut = q.slice(0, Math.floor(rnd() * q.length));
      const noisy = q.replace(/[a-z]/g, (c) => (rnd() < 0.05 ? String.fromCharCode(33 + Math.floor(rnd() * 90)) : c));
      out.push({ what: `mangled ${cut}`, init: json({ query: cut }) });
      out.push({ what: `noisy ${noisy}`, init: json({ query: noisy }) });
    }
    return out;
  }

  it('answers every request with well-formed JSON, coded errors and no internals, and keeps serving', async () => {
    const schema = await getSchema();
    const rnd = prng(SEED);
    const all = requests(rnd, schema);
    expect(all.length).toBeGreaterThanOrEqual(400);
    const codes = new Map<string, number>();
    let withData = 0;
    for (const { what, init } of all) {
      const res = await fetch(`${s.base}${init.path ?? '/graphql'}`, init);
      const text = await res.text();
      const ctx = `seed ${SEED}, ${what.slice(0, 300)} -> ${res.status} ${text.slice(0, 500)}`;
      let body: any;
      expect(() => (body = JSON.parse(text)), ctx).not.toThrow();
      const items = Array.isArray(body) ? body : [body];
      for (const item of items) {
        expect(item && typeof item === 'object' && ('data' in item || 'errors' in item), ctx).toBe(true);
        if (item.data) withData++;
        for (const e of item.errors ?? []) {
          expect(typeof e.message, ctx).toBe('string');
          expect(typeof e.extensions?.code, ctx).toBe('string');
          expect(e.extensions.requestId, ctx).toBe(res.headers.get('x-request-id'));
          codes.set(e.extensions.code, (codes.get(e.extensions.code) ?? 0) + 1);
          expect(e.extensions.code, `an internal error is a bug: ${ctx}`).not.toBe('INTERNAL_SERVER_ERROR');
        }
      }
      expect(leak(text), ctx).toBeUndefined();
      // A healthy server answers a client's mistake with 4xx, never 5xx.
      expect(res.status, `a 5xx for a client's request is a bug: ${ctx}`).toBeLessThan(500);
    }
    console.log(`fuzz: ${all.length} requests, ${withData} with data; error codes ${JSON.stringify(Object.fromEntries(codes))}`);
    expect(withData, 'most generated queries are valid and answer').toBeGreaterThan(VALID / 2);

    expect((await fetch(`${s.base}/healthz`)).status).toBe(200);
    expect((await fetch(`${s.base}/readyz`)).status).toBe(200);
    expect((await s.gql('{ mineral(id: "gallium") { id } }')).body).toEqual({ data: { mineral: { id: 'gallium' } } });
  }, 240_000);
});
