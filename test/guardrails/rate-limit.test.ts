/**
 * Per-client limits for public deployments: a cost budget per client per window
 * (GitHub's model), and a mode that serves only persisted operations.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATIONS as EXPLORE } from '../../src/explore/client/queries.js';
import { readExamples } from '../../src/http/graphiql.js';
import { PersistedOperations, sha256 } from '../../src/http/persisted.js';
import { CostBudget } from '../../src/http/rate-limit.js';
import { REPO_ROOT } from '../../src/store/create.js';
import { runCommand } from '../support/process.js';
import { seededStore, serve } from './helpers.js';

/** Each object costs 1, scalars nothing (README, GRAPHQL_MAX_COST): a, b and c, three minerals. */
const Q3 = '{ a: mineral(id: "gallium") { id name } b: mineral(id: "cobalt") { id } c: mineral(id: "nickel") { id } }';

describe('CostBudget', () => {
  it('spends a client’s points, refuses what exceeds them, and is whole again after the window', () => {
    let now = 1_000_000;
    const b = new CostBudget({ points: 10, windowMs: 60_000, now: () => now });
    expect(b.take('a', 4)).toMatchObject({ allowed: true, used: 4, remaining: 6, resetAt: 1_060_000 });
    expect(b.take('a', 6)).toMatchObject({ allowed: true, remaining: 0 });
    expect(b.take('a', 1)).toMatchObject({ allowed: false, remaining: 0, used: 10 });
    expect(b.take('b', 10)).toMatchObject({ allowed: true, remaining: 0 });
    now += 60_000;
    expect(b.take('a', 1)).toMatchObject({ allowed: true, used: 1, remaining: 9, resetAt: 1_120_000 });
  });
  it('forgets the oldest clients past its size', () => {
    const b = new CostBudget({ points: 5, windowMs: 60_000, maxClients: 2 });
    b.take('a', 5);
    b.take('b', 1);
    b.take('c', 1);
    expect(b.peek('a').remaining).toBe(5);
  });
});

describe('per-client cost budget over HTTP', () => {
  let k: Awaited<ReturnType<typeof seededStore>>;
  let s: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    k = await seededStore();
    s = await serve({ store: k.store, rateLimit: { points: 7, windowMs: 3_600_000, clientHeader: 'x-api-key' } });
  });
  afterAll(async () => {
    await s?.server.close();
    await k?.dispose();
  });

  it('says what is left in headers and extensions, refuses with 429 RATE_LIMITED and Retry-After when spent, per client', async () => {
    const post = (key: string) => s.post({ query: Q3 }, { 'x-api-key': key });
    const first = await post('alice');
    expect(first.status).toBe(200);
    expect(first.headers.get('x-ratelimit-limit')).toBe('7');
    expect(first.headers.get('x-ratelimit-remaining')).toBe('4');
    expect(first.headers.get('x-ratelimit-used')).toBe('3');
    expect(Number(first.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
    const body: any = await first.json();
    expect(body.data.a.id).toBe('gallium');
    expect(body.extensions.rateLimit).toMatchObject({ limit: 7, cost: 3, remaining: 4 });

    expect((await post('alice')).headers.get('x-ratelimit-remaining')).toBe('1');
    const refused = await post('alice');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const err: any = await refused.json();
    expect(err.data).toBeUndefined();
    expect(err.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'budget', max: 7, found: 3, remaining: 1 });
    expect(err.errors[0].message).toMatch(/costs 3 points and this client has 1 of 7 left/);

    // Another key has a budget of its own.
    const bob = await post('bob');
    expect(bob.status).toBe(200);
    expect(bob.headers.get('x-ratelimit-remaining')).toBe('4');
  });
});

describe('persisted operations only', () => {
  const examples = readExamples(path.join(REPO_ROOT, 'schema', 'examples.graphql'));
  let k: Awaited<ReturnType<typeof seededStore>>;
  let s: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    k = await seededStore();
    s = await serve({ store: k.store, persistedOnly: new PersistedOperations(examples.map((e) => ({ body: e.query }))) });
  });
  afterAll(async () => {
    await s?.server.close();
    await k?.dispose();
  });

  it('runs a listed operation by its text or by its sha256 alone, GET or POST', async () => {
    const op = examples.find((e) => e.name === 'UsList2022')!;
    const byText: any = await (await s.post({ query: op.query })).json();
    expect(byText.data.listEdition.id).toBe('USA-2022');
    const byHash = await s.post({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256(op.query) } } });
    expect(byHash.status).toBe(200);
    expect(((await byHash.json()) as any).data).toEqual(byText.data);
    const ext = encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256(op.query) } }));
    const get = await fetch(`${s.base}/graphql?extensions=${ext}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(200);
    expect(((await get.json()) as any).data).toEqual(byText.data);
  });

  it('refuses anything else before it is parsed, with PERSISTED_QUERY_NOT_ALLOWED', async () => {
    for (const body of [{ query: Q3 }, { extensions: { persistedQuery: { version: 1, sha256Hash: sha256(Q3) } } }, {}]) {
      const res = await s.post(body);
      expect(res.status).toBe(400);
      const b: any = await res.json();
      expect(b.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
      expect(b.data).toBeUndefined();
    }
  });
});

describe('npm run persisted:manifest', () => {
  it('lists the examples and the graph view’s operations, so /explore keeps working when only they are allowed', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cmg-manifest-'));
    const file = path.join(dir, 'manifest.json');
    const made = await runCommand(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'src/cli/persisted-manifest.ts'), file], { cwd: REPO_ROOT });
    expect(made.status, made.stderr).toBe(0);
    const allowed = PersistedOperations.fromManifest(file);
    const k = await seededStore();
    const s = await serve({ store: k.store, persistedOnly: allowed });
    try {
      const search: any = await (await s.post({ query: EXPLORE.SEARCH, variables: { text: 'gallium' } })).json();
      expect(search.data.search[0].node.id).toBe('gallium');
      const near: any = await (await s.post({ query: EXPLORE.NEIGHBORHOOD, variables: { id: 'IDN' } })).json();
      expect(near.data.neighborhood.nodes[0].id).toBe('IDN');
      const other = await s.post({ query: Q3 });
      expect(((await other.json()) as any).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
    } finally {
      await s.server.close();
      await k.dispose();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
