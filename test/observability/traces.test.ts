import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { InMemorySpanExporter, NodeTracerProvider, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-node';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { createObservability } from '../../src/observability/index.js';
import { serve } from '../guardrails/helpers.js';
import { backendUnderTest, describeOnBackend, seededStore, type TestStore } from '../support/stores.js';
import { EXAMPLES, RecordingStore } from './helpers.js';

type Served = Awaited<ReturnType<typeof serve>>;

const TRACE_ID = '0af7651916cd43dd8448eb211c80319c';
const CALLER_SPAN = 'b7ad6b7169203331';

/**
 * The spans of one request, caught by an in-memory exporter: the HTTP request (a
 * child of the caller's traceparent), parse, validate and execute under it, a span per
 * root field under execute, and one span per store statement, named after it, under
 * the request, with the backend and never a parameter value.
 */
describeOnBackend('traces', () => {
  const exporter = new InMemorySpanExporter();
  const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  let t: TestStore;
  let recording: RecordingStore;
  let traced: Served;
  let untraced: Served;

  beforeAll(async () => {
    provider.register();
    t = await seededStore();
    recording = new RecordingStore(t.store);
    const observability = createObservability({ tracerProvider: provider, defaultMetrics: false });
    traced = await serve({ store: observability.instrumentStore(recording), observability });
    untraced = await serve({ store: t.store });
  });
  afterAll(async () => {
    await traced?.server.close();
    await untraced?.server.close();
    await t?.dispose();
    await provider.shutdown();
  });
  beforeEach(() => exporter.reset());

  const gallium = EXAMPLES.find((e) => e.name === 'Gallium')!;
  const byId = (spans: ReadableSpan[]) => new Map(spans.map((s) => [s.spanContext().spanId, s]));
  const parentOf = (s: ReadableSpan) => s.parentSpanContext?.spanId;

  it('gives one request its HTTP, parse, validate, execute, root-field and statement spans, nested', async () => {
    expect(gallium).toBeDefined();
    const before = recording.reads.length;
    const res = await traced.post({ query: gallium.query, operationName: 'Gallium' }, { traceparent: `00-${TRACE_ID}-${CALLER_SPAN}-01` });
    expect(res.status).toBe(200);
    expect(((await res.json()) as any).data.mineral.id).toBe('gallium');
    const statements = recording.reads.slice(before);
    expect(statements.length).toBeGreaterThan(1);

    const spans = exporter.getFinishedSpans();
    const ids = byId(spans);
    expect(new Set(spans.map((s) => s.spanContext().traceId))).toEqual(new Set([TRACE_ID]));

    const http = spans.filter((s) => s.name === 'POST /graphql');
    expect(http).toHaveLength(1);
    const request = http[0];
    expect(request.kind).toBe(SpanKind.SERVER);
    expect(parentOf(request)).toBe(CALLER_SPAN);
    expect(request.attributes).toMatchObject({
      'http.request.method': 'POST',
      'http.route': '/graphql',
      'http.response.status_code': 200,
      'graphql.operation.name': 'Gallium',
      'app.request_id': res.headers.get('x-request-id'),
    });

    const phase = (name: string) => {
      const found = spans.filter((s) => s.name === name);
      expect(found, name).toHaveLength(1);
      expect(parentOf(found[0]), name).toBe(request.spanContext().spanId);
      return found[0];
    };
    phase('graphql.parse');
    phase('graphql.validate');
    const execute = phase('graphql.execute');
    expect(execute.attributes).toMatchObject({ 'graphql.operation.name': 'Gallium', 'graphql.operation.type': 'query' });

    const root = spans.filter((s) => s.name === 'Query.mineral');
    expect(root).toHaveLength(1);
    expect(parentOf(root[0])).toBe(execute.spanContext().spanId);
    expect(root[0].attributes).toMatchObject({ 'graphql.field.name': 'mineral', 'graphql.field.path': 'mineral' });

    // Each resolver of its own that the operation ran has a span, under execute:
    // Mineral.listedIn once, Listing.edition and Listing.sources once per listing.
    const listedIn = spans.filter((s) => s.name === 'Mineral.listedIn');
    expect(listedIn).toHaveLength(1);
    expect(parentOf(listedIn[0])).toBe(execute.spanContext().spanId);
    const listings = ((await (await untraced.post({ query: '{ mineral(id: "gallium") { listedIn { asPublished } } }' })).json()) as any).data.mineral.listedIn.length;
    expect(listings).toBeGreaterThan(0);
    expect(spans.filter((s) => s.name === 'Listing.sources')).toHaveLength(listings);
    // Plain properties have no resolver of their own and no span.
    expect(spans.some((s) => s.name === 'Mineral.name' || s.name === 'Mineral.id')).toBe(false);

    // One span per statement the store received, named after it, each under the request.
    const statementSpans = spans.filter((s) => s.kind === SpanKind.CLIENT);
    expect(statementSpans.map((s) => s.name).sort()).toEqual(statements.map((s) => s.name).sort());
    const params = statements.flatMap((s) => Object.values(s.params ?? {})).flatMap((v) => (Array.isArray(v) ? v : [v])).filter((v): v is string => typeof v === 'string');
    expect(params).toContain('gallium');
    for (const s of statementSpans) {
      expect(s.attributes).toEqual({ 'db.system': backendUnderTest(), 'db.system.name': backendUnderTest(), 'db.query.summary': s.name });
      const chain: string[] = [];
      for (let p = parentOf(s); p && ids.has(p); p = parentOf(ids.get(p)!)) chain.push(ids.get(p)!.name);
      expect(chain, s.name).toContain('POST /graphql');
      const text = JSON.stringify(s.attributes);
      for (const v of params) expect(text, s.name).not.toContain(`"${v}"`);
    }
    // The root field's own read (the mineral by id) is a child of its span.
    expect(statementSpans.some((s) => parentOf(s) === root[0].spanContext().spanId)).toBe(true);
    expect(spans.every((s) => s.status.code !== SpanStatusCode.ERROR)).toBe(true);
  });

  it('marks a refused request and makes no execute or statement span for it', async () => {
    const res = await traced.post({ query: '{ mineral(id: "gallium") { listedIn { edition { minerals { listedIn { edition { id } } } } } } }' });
    expect(res.status).toBe(400);
    await res.arrayBuffer();
    const spans = exporter.getFinishedSpans();
    expect(spans.map((s) => s.name).sort()).toEqual(['POST /graphql', 'graphql.parse', 'graphql.validate']);
    expect(spans.find((s) => s.name === 'POST /graphql')!.attributes['http.response.status_code']).toBe(400);
  });

  it('makes no span at all on a server without a tracer provider', async () => {
    const res = await untraced.post({ query: gallium.query });
    expect(res.status).toBe(200);
    await res.arrayBuffer();
    expect(exporter.getFinishedSpans()).toEqual([]);
  });
});
