import type http from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Tracer, TracerProvider } from '@opentelemetry/api';
import type { GraphQLFormattedError } from 'graphql';
import { countGraph } from '../seeds/load.js';
import type { GraphStore } from '../store/port.js';
import { Metrics, type MetricsOptions } from './metrics.js';
import { InstrumentedStore } from './store.js';
import { TRACER_NAME, traceHttpRequest, tracingPlugin } from './tracing.js';

export { tracingFromEnv } from './tracing.js';
export { Metrics } from './metrics.js';
export { InstrumentedStore } from './store.js';

export interface ObservabilityOptions extends MetricsOptions {
  /** Where spans go (tracingFromEnv(), or a test's provider); without one no span is made. */
  readonly tracerProvider?: TracerProvider;
}

/** Error codes that mean a limit refused the request (counted in graphql_refused_total). */
const REFUSAL_CODES = new Set(['QUERY_TOO_COMPLEX', 'BATCH_TOO_LARGE', 'PAYLOAD_TOO_LARGE']);

/**
 * One server's metrics and traces: a Prometheus registry of its own, the store
 * decorator that times statements, the Apollo plugin that counts operations (and,
 * with a tracer provider, makes the parse/validate/execute spans), and the HTTP span.
 */
export class Observability {
  readonly metrics: Metrics;
  readonly tracer?: Tracer;

  constructor(private readonly opts: ObservabilityOptions = {}) {
    this.metrics = new Metrics(opts);
    this.tracer = opts.tracerProvider?.getTracer(TRACER_NAME);
  }

  get registry() {
    return this.metrics.registry;
  }

  /** The store with every round trip timed (and traced); a store this instance already wraps is returned as it is. */
  instrumentStore(store: GraphStore): GraphStore {
    if (store instanceof InstrumentedStore && store.metrics === this.metrics) return store;
    return new InstrumentedStore(store, this.metrics, this.tracer);
  }

  /** The readiness gauge follows `isReady`; the node and relationship counts are read from `store` once ready. */
  watchGraph(store: GraphStore, isReady: () => boolean = () => true): void {
    this.metrics.watchGraph(store.backend, isReady, () => countGraph(store));
  }

  /** Apollo plugins: operation counts and latency, refusals, and the GraphQL spans when tracing. */
  plugins<C extends object>(): ApolloServerPlugin<C>[] {
    const metrics = this.metrics;
    const flush = () => this.flush();
    const counting: ApolloServerPlugin<C> = {
      async serverWillStart() {
        return { serverWillStop: flush };
      },
      async requestDidStart() {
        const start = performance.now();
        return {
          async willSendResponse(rc) {
            const body = rc.response.body;
            const errors: readonly GraphQLFormattedError[] | undefined = body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors;
            const first = errors?.[0];
            const code = first ? String(first.extensions?.code ?? 'INTERNAL_SERVER_ERROR') : 'ok';
            const name = rc.operationName !== undefined ? rc.operationName : rc.request.operationName;
            metrics.observeRequest(name, code, (performance.now() - start) / 1000);
            const refusal = errors?.find((e) => REFUSAL_CODES.has(String(e.extensions?.code)));
            if (refusal) metrics.observeRefused(String(refusal.extensions?.code), refusal.extensions?.limit);
          },
        };
      },
    };
    return this.tracer ? [counting, tracingPlugin<C>(this.tracer)] : [counting];
  }

  /** A request refused before GraphQL runs (an oversized body or batch). */
  refused(code: string, limit: string): void {
    this.metrics.observeRefused(code, limit);
  }

  /** Counts the response of every HTTP request but /metrics, once it is sent. */
  countHttp(pathname: string, res: http.ServerResponse): void {
    if (pathname === '/metrics') return;
    res.once('finish', () => this.metrics.observeHttp(pathname, res.statusCode));
  }

  /** Runs `handle` in the request's span when tracing, else just runs it. */
  traceRequest<T>(req: http.IncomingMessage, res: http.ServerResponse, route: string, requestId: string, handle: () => Promise<T>): Promise<T> {
    return this.tracer ? traceHttpRequest(this.tracer, req, res, route, requestId, handle) : handle();
  }

  /** The exposition text and its content type. */
  async scrape(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }

  /** Sends the spans still buffered (on shutdown), waiting at most `maxMs` for an unreachable collector. */
  async flush(maxMs = 5_000): Promise<void> {
    const p = this.opts.tracerProvider as { forceFlush?: () => Promise<void> } | undefined;
    if (!p?.forceFlush) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([p.forceFlush().catch(() => undefined), new Promise((r) => (timer = setTimeout(r, maxMs)))]);
    clearTimeout(timer);
  }
}

export function createObservability(opts: ObservabilityOptions = {}): Observability {
  return new Observability(opts);
}
