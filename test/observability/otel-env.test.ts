import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { createObservability, tracingFromEnv } from '../../src/observability/index.js';
import { memoryLogger, serve } from '../guardrails/helpers.js';
import { describeOnBackend, seededStore, type TestStore } from '../support/stores.js';
import { RecordingStore } from './helpers.js';

const OTEL_VARS = ['OTEL_TRACES_EXPORTER', 'OTEL_SDK_DISABLED', 'OTEL_EXPORTER_OTLP_ENDPOINT', 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', 'OTEL_SERVICE_NAME', 'OTEL_RESOURCE_ATTRIBUTES'];

/** Tracing switched on and off by the standard OTEL_* variables, and spans exported over OTLP/HTTP to a collector. */
describeOnBackend('tracing from OTEL_* variables', () => {
  const saved = Object.fromEntries(OTEL_VARS.map((k) => [k, process.env[k]]));
  let t: TestStore;
  let collector: http.Server;
  const received: { path: string; type: string | undefined; body: string }[] = [];

  beforeAll(async () => {
    t = await seededStore();
    collector = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({ path: req.url ?? '', type: req.headers['content-type'], body: Buffer.concat(chunks).toString('utf8') });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{}');
      });
    });
    await new Promise<void>((r) => collector.listen(0, '127.0.0.1', () => r()));
  });
  afterEach(() => {
    for (const k of OTEL_VARS) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
  });
  afterAll(async () => {
    await new Promise((r) => collector?.close(r));
    await t?.dispose();
  });

  const set = (vars: Record<string, string>) => {
    for (const k of OTEL_VARS) delete process.env[k];
    Object.assign(process.env, vars);
  };

  it('exports the spans of a request over OTLP/HTTP, named by OTEL_SERVICE_NAME, by the time the server stops', async () => {
    const port = (collector.address() as AddressInfo).port;
    set({ OTEL_TRACES_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`, OTEL_SERVICE_NAME: 'cmg-otlp-test' });
    const provider = tracingFromEnv();
    expect(provider).toBeDefined();
    const recording = new RecordingStore(t.store);
    const observability = createObservability({ tracerProvider: provider, defaultMetrics: false });
    const api = await serve({ store: observability.instrumentStore(recording), observability });
    const res = await api.post({ query: 'query Gallium { mineral(id: "gallium") { id listedIn { asPublished } } }' });
    expect(res.status).toBe(200);
    await res.arrayBuffer();
    expect(received).toEqual([]); // batched: nothing sent yet
    await api.server.close(); // flushes the spans still buffered
    await provider!.shutdown();

    expect(received.length).toBeGreaterThan(0);
    expect(received.every((r) => r.path === '/v1/traces')).toBe(true);
    expect(received[0].type).toMatch(/^application\/json/);
    const payloads = received.map((r) => JSON.parse(r.body));
    const resources = payloads.flatMap((p) => p.resourceSpans);
    const attrs = resources.flatMap((r: any) => r.resource.attributes);
    expect(attrs).toContainEqual({ key: 'service.name', value: { stringValue: 'cmg-otlp-test' } });
    const names = resources.flatMap((r: any) => r.scopeSpans.flatMap((s: any) => s.spans.map((x: any) => x.name)));
    expect(names).toEqual(expect.arrayContaining(['POST /graphql', 'graphql.parse', 'graphql.validate', 'graphql.execute', 'Query.mineral']));
    for (const stmt of recording.reads) expect(names).toContain(stmt.name);
    expect(recording.reads.length).toBeGreaterThan(0);
  });

  it('stops within a few seconds when the collector never answers', async () => {
    const sockets = new Set<import('node:net').Socket>();
    const silent = http.createServer(() => undefined); // takes the request, never answers
    silent.on('connection', (s) => sockets.add(s));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', () => r()));
    set({ OTEL_TRACES_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(silent.address() as AddressInfo).port}` });
    const provider = tracingFromEnv()!;
    const observability = createObservability({ tracerProvider: provider, defaultMetrics: false });
    const api = await serve({ store: observability.instrumentStore(t.store), observability });
    await (await api.post({ query: '{ mineral(id: "gallium") { id } }' })).arrayBuffer();
    const start = Date.now();
    await api.server.close();
    const took = Date.now() - start;
    // The exporter alone would wait its 10 s timeout; the server gives the flush 5 s.
    expect(took).toBeGreaterThanOrEqual(4_000);
    expect(took).toBeLessThan(8_000);
    for (const s of sockets) s.destroy();
    await new Promise((r) => silent.close(r));
  });

  it('is off unless OTEL_TRACES_EXPORTER names an exporter, and off with OTEL_SDK_DISABLED', () => {
    set({});
    expect(tracingFromEnv()).toBeUndefined();
    set({ OTEL_TRACES_EXPORTER: 'none' });
    expect(tracingFromEnv()).toBeUndefined();
    set({ OTEL_TRACES_EXPORTER: 'otlp', OTEL_SDK_DISABLED: 'true' });
    expect(tracingFromEnv()).toBeUndefined();
  });

  it('ignores, with a warning, an exporter it does not have', () => {
    const { logger, lines } = memoryLogger();
    set({ OTEL_TRACES_EXPORTER: 'zipkin' });
    expect(tracingFromEnv(logger)).toBeUndefined();
    expect(lines).toContainEqual(expect.objectContaining({ level: 'warn', exporter: 'zipkin' }));
  });

  it('makes a console exporter for OTEL_TRACES_EXPORTER=console', async () => {
    set({ OTEL_TRACES_EXPORTER: 'console, none' });
    const provider = tracingFromEnv();
    expect(provider).toBeDefined();
    await provider!.shutdown();
  });
});
