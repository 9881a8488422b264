import { Registry } from 'prom-client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createObservability, type Observability } from '../../src/observability/index.js';
import { countGraph } from '../../src/seeds/load.js';
import type { GraphStore } from '../../src/store/port.js';
import { serve } from '../guardrails/helpers.js';
import { backendUnderTest, describeOnBackend, seededStore, type TestStore } from '../support/stores.js';
import { EXAMPLES, RecordingStore, scrape, select, value } from './helpers.js';

type Served = Awaited<ReturnType<typeof serve>>;

/**
 * GET /metrics over the real server on port 0: every example operation of
 * schema/examples.graphql is counted under its name with its latency, every store
 * round trip under its statement, refusals under their limit.
 */
describeOnBackend('metrics', () => {
  let t: TestStore;
  let recording: RecordingStore;
  let observability: Observability;
  let api: Served;
  const backend = backendUnderTest();
  const others: Served[] = [];

  beforeAll(async () => {
    t = await seededStore();
    recording = new RecordingStore(t.store);
    observability = createObservability();
    api = await serve({ store: observability.instrumentStore(recording), observability, guardrails: { maxBatch: 2 } });
  });
  afterAll(async () => {
    for (const s of [api, ...others]) await s?.server.close();
    await t?.dispose();
  });

  const postOp = (query: string, operationName?: string) => api.post({ query, operationName });

  it('counts each example operation under its name, once, with its latency', async () => {
    expect(EXAMPLES.length).toBeGreaterThan(10);
    for (const ex of EXAMPLES) {
      const res = await postOp(ex.query, ex.name);
      const body: any = await res.json();
      expect(body.errors, ex.name).toBeUndefined();
    }
    const { samples } = await scrape(api.base);
    for (const ex of EXAMPLES) {
      expect(value(samples, 'graphql_requests_total', { operation: ex.name, outcome: 'ok' }), ex.name).toBe(1);
      expect(value(samples, 'graphql_request_duration_seconds_count', { operation: ex.name }), ex.name).toBe(1);
      expect(value(samples, 'graphql_request_duration_seconds_bucket', { operation: ex.name, le: '+Inf' }), ex.name).toBe(1);
      expect(value(samples, 'graphql_request_duration_seconds_sum', { operation: ex.name })!, ex.name).toBeGreaterThan(0);
      // Buckets are cumulative: each at most the next.
      const buckets = select(samples, 'graphql_request_duration_seconds_bucket', { operation: ex.name }).map((s) => s.value);
      expect(buckets).toEqual([...buckets].sort((a, b) => a - b));
    }
    // Nothing but the examples has been asked yet.
    const operations = new Set(select(samples, 'graphql_requests_total').map((s) => s.labels.operation));
    expect([...operations].sort()).toEqual(EXAMPLES.map((e) => e.name).sort());
    expect(select(samples, 'graphql_requests_total').reduce((n, s) => n + s.value, 0)).toBe(EXAMPLES.length);
  });

  it('counts every store round trip under its statement name, with its latency', async () => {
    // The first scrape counts the graph once (graph_nodes); after it the counts settle.
    await scrape(api.base);
    const expected = recording.readCounts();
    const { samples } = await scrape(api.base);
    expect(expected.size).toBeGreaterThan(5);
    for (const [statement, n] of expected) {
      expect(value(samples, 'graph_store_round_trips_total', { backend, statement, kind: 'read', outcome: 'ok' }), statement).toBe(n);
      expect(value(samples, 'graph_store_duration_seconds_count', { backend, statement, kind: 'read' }), statement).toBe(n);
      expect(value(samples, 'graph_store_duration_seconds_bucket', { backend, statement, kind: 'read', le: '+Inf' }), statement).toBe(n);
    }
    const total = select(samples, 'graph_store_round_trips_total').reduce((n, s) => n + s.value, 0);
    expect(total).toBe(recording.reads.length + recording.writes.length);
    expect(recording.reads.length).toBeGreaterThan(EXAMPLES.length);
  });

  it('counts refused requests under their limit, and errors under their code', async () => {
    const deep = await postOp('query TooDeep { mineral(id: "gallium") { listedIn { edition { minerals { listedIn { edition { id } } } } } } }', 'TooDeep');
    expect(deep.status).toBe(400);
    expect(((await deep.json()) as any).errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'depth' });
    const tokens: any = await (await postOp(`query Tokens { mineral(id: "gallium") { ${'id '.repeat(1200)} } }`)).json();
    expect(tokens.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'tokens' });
    const big = await api.post({ query: `{ mineral(id: "${'x'.repeat(200_000)}") { id } }` });
    expect(big.status).toBe(413);
    const batch = await api.post([1, 2, 3].map(() => ({ query: '{ mineral(id: "gallium") { id } }' })));
    expect(((await batch.json()) as any).errors[0].extensions.code).toBe('BATCH_TOO_LARGE');
    const bad: any = await (await api.post({ query: '{ minerals(first: -5) { totalCount } }' })).json();
    expect(bad.errors[0].extensions.code).toBe('BAD_USER_INPUT');

    const { samples } = await scrape(api.base);
    expect(value(samples, 'graphql_refused_total', { code: 'QUERY_TOO_COMPLEX', limit: 'depth' })).toBe(1);
    expect(value(samples, 'graphql_refused_total', { code: 'QUERY_TOO_COMPLEX', limit: 'tokens' })).toBe(1);
    expect(value(samples, 'graphql_refused_total', { code: 'PAYLOAD_TOO_LARGE', limit: 'bodyBytes' })).toBe(1);
    expect(value(samples, 'graphql_refused_total', { code: 'BATCH_TOO_LARGE', limit: 'batch' })).toBe(1);
    expect(select(samples, 'graphql_refused_total').reduce((n, s) => n + s.value, 0)).toBe(4);
    expect(value(samples, 'graphql_requests_total', { operation: 'TooDeep', outcome: 'QUERY_TOO_COMPLEX' })).toBe(1);
    expect(value(samples, 'graphql_request_duration_seconds_count', { operation: 'TooDeep' })).toBe(1);
    expect(value(samples, 'graphql_requests_total', { operation: 'anonymous', outcome: 'BAD_USER_INPUT' })).toBe(1);
    expect(value(samples, 'http_requests_total', { route: '/graphql', status: '413' })).toBe(1);
  });

  it('serves the Prometheus text format and leaves /metrics out of what it counts', async () => {
    const first = await scrape(api.base);
    expect(first.res.status).toBe(200);
    expect(first.res.headers.get('content-type')).toBe(Registry.PROMETHEUS_CONTENT_TYPE);
    expect(first.res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(first.types.get('graphql_requests_total')).toBe('counter');
    expect(first.types.get('graphql_request_duration_seconds')).toBe('histogram');
    expect(first.types.get('graph_store_duration_seconds')).toBe('histogram');
    expect(first.types.get('graph_ready')).toBe('gauge');
    // The default process metrics.
    expect(first.types.get('process_cpu_user_seconds_total')).toBe('counter');
    expect(value(first.samples, 'nodejs_heap_size_used_bytes')!).toBeGreaterThan(0);
    const second = await scrape(api.base);
    expect(select(second.samples, 'http_requests_total').some((s) => s.labels.route === '/metrics')).toBe(false);
    const requests = (s: typeof first) => select(s.samples, 'graphql_requests_total').reduce((n, x) => n + x.value, 0);
    expect(requests(second)).toBe(requests(first));
    expect(select(second.samples, 'http_requests_total')).toEqual(select(first.samples, 'http_requests_total'));
  });

  it('says the graph is ready and how big it is', async () => {
    const expected = await countGraph(t.store);
    const { samples } = await scrape(api.base);
    expect(value(samples, 'graph_ready')).toBe(1);
    expect(value(samples, 'graph_nodes', { backend })).toBe(expected.nodes);
    expect(value(samples, 'graph_relationships', { backend })).toBe(expected.relationships);
    expect(expected.nodes).toBeGreaterThan(100);
  });

  it('says 0 and counts nothing while the store is being prepared', async () => {
    const preparing = await serve({ store: t.store, isBootstrapped: () => false });
    others.push(preparing);
    const { samples } = await scrape(preparing.base);
    expect(value(samples, 'graph_ready')).toBe(0);
    expect(select(samples, 'graph_nodes')).toEqual([]);
  });

  it('keeps one registry per server and caps the operation names it labels', async () => {
    const capped = createObservability({ maxOperationNames: 2, defaultMetrics: false });
    const small: Served = await serve({ store: capped.instrumentStore(t.store as GraphStore), observability: capped });
    others.push(small);
    const long = `L${'o'.repeat(100)}ng`;
    for (const name of ['Alpha', 'Beta', 'Gamma', 'Alpha', long]) {
      const res = await small.post({ query: `query ${name} { mineral(id: "gallium") { id } }` });
      expect(res.status).toBe(200);
      await res.arrayBuffer();
    }
    const { samples } = await scrape(small.base);
    expect(value(samples, 'graphql_requests_total', { operation: 'Alpha', outcome: 'ok' })).toBe(2);
    expect(value(samples, 'graphql_requests_total', { operation: 'Beta', outcome: 'ok' })).toBe(1);
    expect(value(samples, 'graphql_requests_total', { operation: 'other', outcome: 'ok' })).toBe(2);
    expect(value(samples, 'graphql_request_duration_seconds_count', { operation: 'other' })).toBe(2);
    expect(select(samples, 'graphql_requests_total').map((s) => s.labels.operation).sort()).toEqual(['Alpha', 'Beta', 'other']);
    expect(select(samples, 'process_cpu_user_seconds_total')).toEqual([]);
    // The first server counted none of these.
    const mine = await scrape(api.base);
    expect(select(mine.samples, 'graphql_requests_total', { operation: 'Alpha' })).toEqual([]);
    expect(select(mine.samples, 'graphql_requests_total', { operation: 'other' })).toEqual([]);
  });
});
