/**
 * Responses compressed as the client accepts: brotli, else gzip, else none; bodies
 * under 1 KB as they are. Raw HTTP (node:http), since fetch decompresses on its own.
 * Kùzu only: encoding a body does not depend on the backend that produced it.
 */
import http from 'node:http';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { negotiate } from '../../src/http/compress.js';
import { seededStore, serve } from '../guardrails/helpers.js';

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function request(port: number, path: string, headers: Record<string, string>, body?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, method: body ? 'POST' : 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

const decode = (r: Raw) =>
  r.headers['content-encoding'] === 'br' ? zlib.brotliDecompressSync(r.body) : r.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(r.body) : r.body;

describe('negotiate', () => {
  it('prefers brotli, honours q-values and refusals, and falls back to none', () => {
    expect(negotiate('gzip, deflate, br')).toBe('br');
    expect(negotiate('gzip')).toBe('gzip');
    expect(negotiate('br;q=0, gzip')).toBe('gzip');
    expect(negotiate('br;q=0.5, gzip;q=0.8')).toBe('gzip');
    expect(negotiate('*')).toBe('br');
    expect(negotiate('*;q=0, gzip;q=0')).toBeNull();
    expect(negotiate('identity')).toBeNull();
    expect(negotiate(undefined)).toBeNull();
  });
});

describe('compressed responses over HTTP', () => {
  let k: Awaited<ReturnType<typeof seededStore>>;
  let s: Awaited<ReturnType<typeof serve>>;
  const big = JSON.stringify({ query: '{ neighborhood(id: "CHN", depth: 2, limit: 500) { nodes { id label displayName } relationships { id type properties from { id } to { id } } } }' });
  const small = JSON.stringify({ query: '{ mineral(id: "gallium") { id } }' });
  const json = { 'content-type': 'application/json' };
  beforeAll(async () => {
    k = await seededStore();
    s = await serve({ store: k.store });
  });
  afterAll(async () => {
    await s?.server.close();
    await k?.dispose();
  });

  it('a large answer goes as brotli or gzip, decoding to the same JSON as the plain one, several times smaller', async () => {
    const plain = await request(s.server.port, '/graphql', { ...json, 'accept-encoding': 'identity' }, big);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(Number(plain.headers['content-length'])).toBe(plain.body.length);
    const answer = JSON.parse(plain.body.toString('utf8'));
    expect(answer.data.neighborhood.nodes.length).toBeGreaterThan(100);
    for (const [accept, encoding] of [['gzip, deflate, br', 'br'], ['gzip', 'gzip']] as const) {
      const r = await request(s.server.port, '/graphql', { ...json, 'accept-encoding': accept }, big);
      expect(r.status).toBe(200);
      expect(r.headers['content-encoding']).toBe(encoding);
      expect(r.headers.vary).toMatch(/Accept-Encoding/i);
      expect(Number(r.headers['content-length'])).toBe(r.body.length);
      expect(JSON.parse(decode(r).toString('utf8'))).toEqual(answer);
      expect(r.body.length * 4).toBeLessThan(plain.body.length);
    }
  });

  it('a small answer goes as it is', async () => {
    const r = await request(s.server.port, '/graphql', { ...json, 'accept-encoding': 'br, gzip' }, small);
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(r.body.toString('utf8'))).toEqual({ data: { mineral: { id: 'gallium' } } });
  });

  it('the graph view’s script and GraphiQL’s are compressed too', async () => {
    for (const path of ['/explore/explore.js', '/graphiql/graphiql.min.js']) {
      const plain = await request(s.server.port, path, { 'accept-encoding': 'identity' });
      const r = await request(s.server.port, path, { 'accept-encoding': 'br' });
      expect(r.headers['content-encoding'], path).toBe('br');
      expect(decode(r).equals(plain.body), path).toBe(true);
      expect(r.body.length, path).toBeLessThan(plain.body.length);
    }
  });
});
