import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import fs from 'node:fs';
import { DEFAULT_GUARDRAILS, type Guardrails } from '../config.js';
import type { Logger } from '../log.js';
import { createContext, type Context } from '../graphql/context.js';
import { getSchema } from '../graphql/schema.js';
import { createObservability, type Observability } from '../observability/index.js';
import type { GraphStore } from '../store/port.js';
import { PREFLIGHT_HEADERS, applyCors } from './cors.js';
import { formatError, httpErrorBody } from './errors.js';
import { GRAPHIQL_ASSETS, graphiqlPage, type ExampleOperation } from './graphiql.js';
import { exploreAssets, type AssetName } from '../explore/bundle.js';
import { compressStream, endCompressed, negotiate } from './compress.js';
import { explorePage } from '../explore/page.js';
import { limitsPlugin } from './limits.js';
import type { PersistedOperations } from './persisted.js';
import { CostBudget } from './rate-limit.js';
import { RequestStore } from './request-store.js';

export interface RateLimitOptions {
  readonly points: number;
  readonly windowMs: number;
  /** The request header that names a client (an API key); unset: the remote address. */
  readonly clientHeader?: string;
}

export interface ServerOptions {
  readonly store: GraphStore;
  readonly logger: Logger;
  /** The deadline of one request (default 10 s); each store read gets what is left of it. */
  readonly queryTimeoutMs?: number;
  readonly introspection?: boolean;
  /** Limits per request; each one left out takes its default (see src/config.ts). */
  readonly guardrails?: Partial<Guardrails>;
  /** Origins allowed by CORS (default none: same-origin only), or `*`. */
  readonly corsOrigins?: readonly string[];
  readonly examples?: readonly ExampleOperation[];
  /** Readiness beyond the store answering (e.g. schema applied and seeded). */
  readonly isBootstrapped?: () => boolean;
  /** Metrics (GET /metrics) and traces; default: a registry of this server's own, no tracing. */
  readonly observability?: Observability;
  /** A cost budget per client per window (off when absent): see src/http/rate-limit.ts. */
  readonly rateLimit?: RateLimitOptions;
  /**
   * Serve only these operations (a persisted-operation manifest): a request names one
   * by its sha256 (`extensions.persistedQuery.sha256Hash`, as Apollo's APQ sends it) or
   * sends its exact text; anything else is refused with PERSISTED_QUERY_NOT_ALLOWED.
   */
  readonly persistedOnly?: PersistedOperations;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly httpServer: http.Server;
  /** Stops taking requests, lets those in flight finish (up to `graceMs`), then stops Apollo. */
  close(graceMs?: number): Promise<void>;
}

const JSON_TYPE = 'application/json; charset=utf-8';

/** Adds the request id to every error a client receives, and logs the unmasked errors under it. */
function requestIdPlugin(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const e of errors) {
            const cause = e.originalError ?? e;
            logger.warn('graphql error', {
              requestId: contextValue.requestId,
              message: cause.message,
              name: cause.name,
              stack: cause.stack,
              path: e.path,
            });
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind === 'single' && response.body.singleResult.errors) {
            response.body.singleResult.errors = response.body.singleResult.errors.map((err) => ({
              ...err,
              extensions: { ...err.extensions, requestId: contextValue.requestId },
            }));
          }
        },
      };
    },
  };
}

export async function startServer(opts: ServerOptions & { port: number; host: string }): Promise<RunningServer> {
  const handler = await createHandler(opts);
  const server = http.createServer((req, res) => void handler.handle(req, res));
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = opts.host === '0.0.0.0' || opts.host === '::' ? 'localhost' : opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  return {
    url: `http://${shownHost}:${port}/`,
    port,
    httpServer: server,
    async close(graceMs = 10_000) {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const timer = setTimeout(() => server.closeAllConnections(), graceMs);
      await closed;
      clearTimeout(timer);
      await handler.apollo.stop();
    },
  };
}

export async function createHandler(opts: ServerOptions) {
  const { logger } = opts;
  const observability = opts.observability ?? createObservability();
  const store = observability.instrumentStore(opts.store);
  observability.watchGraph(store, opts.isBootstrapped);
  const limits: Guardrails = { ...DEFAULT_GUARDRAILS, ...opts.guardrails };
  const budget = opts.rateLimit ? new CostBudget({ points: opts.rateLimit.points, windowMs: opts.rateLimit.windowMs }) : undefined;
  /** Each request's client, keyed by its request store (the object the limits plugin keys a request by). */
  const clients = new WeakMap<object, string>();
  const maxBody = limits.maxBodyBytes;
  const timeoutMs = opts.queryTimeoutMs ?? 10_000;
  const corsOrigins = opts.corsOrigins ?? [];
  const introspection = opts.introspection ?? true;
  const apollo = new ApolloServer<Context>({
    schema: await getSchema(),
    introspection,
    // Without introspection, validation errors do not suggest field names either.
    hideSchemaDetailsFromClientErrors: !introspection,
    csrfPrevention: true,
    // main.ts owns SIGTERM/SIGINT and stops this server itself. Apollo's own handlers
    // (installed unless NODE_ENV=test) would stop it a second time and re-raise the
    // signal into ours, and the process hung in apollo.stop() instead of exiting.
    stopOnTerminationSignals: false,
    // Never: stacks and driver messages stay in the log, whatever NODE_ENV says.
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: limits.maxBatch > 0,
    // graphql-js stops lexing past this many tokens (formatError reports it as QUERY_TOO_COMPLEX).
    parseOptions: { maxTokens: limits.maxTokens },
    formatError,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // The schema gives no cache hints, and Apollo's default cache-control plugin wraps every
      // field's resolver to collect them: 0.7 ms of a 1,830-relationship neighbourhood.
      ApolloServerPluginCacheControlDisabled(),
      requestIdPlugin(logger),
      limitsPlugin<Context>(limits, (ctx) => ctx.store, budget ? { budget, clientOf: (ctx) => clients.get(ctx.store) ?? 'unknown' } : undefined),
      ...observability.plugins<Context>(),
    ],
  });
  await apollo.start();
  const page = graphiqlPage('/graphql', opts.examples ?? []);

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const requestId = randomUUID();
    const deadline = Date.now() + timeoutMs;
    res.setHeader('x-request-id', requestId);
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const method = (req.method ?? 'GET').toUpperCase();
      observability.countHttp(url.pathname, res);
      if (url.pathname === '/graphql') {
        const allowed = applyCors(corsOrigins, req, res);
        if (method === 'OPTIONS') {
          res.writeHead(204, { allow: 'GET, POST, OPTIONS', ...(allowed ? PREFLIGHT_HEADERS : {}) });
          res.end();
          return;
        }
        // A browser opening /graphql gets the IDE, not a CSRF refusal: a GET that asks for
        // HTML and carries no operation is a person, not a client.
        if (method === 'GET' && !url.searchParams.has('query') && !url.searchParams.has('extensions') && /\btext\/html\b/.test(req.headers.accept ?? '')) {
          return send(res, 200, 'text/html; charset=utf-8', page);
        }
        return await observability.traceRequest(req, res, '/graphql', requestId, () => graphql(req, res, url, method, requestId, deadline));
      }
      if (method !== 'GET' && method !== 'HEAD') return send(res, 405, JSON_TYPE, httpErrorBody('Method not allowed', 'METHOD_NOT_ALLOWED', requestId));
      if (url.pathname === '/' || url.pathname === '/graphiql') return send(res, 200, 'text/html; charset=utf-8', page);
      if (url.pathname.startsWith('/graphiql/')) {
        const asset = GRAPHIQL_ASSETS[url.pathname.slice('/graphiql/'.length)];
        if (asset) {
          const encoding = negotiate(req.headers['accept-encoding']);
          res.writeHead(200, {
            'content-type': asset.type,
            'cache-control': 'public, max-age=86400',
            vary: 'Accept-Encoding',
            ...(encoding ? { 'content-encoding': encoding } : {}),
          });
          const file = fs.createReadStream(asset.file);
          if (encoding) file.pipe(compressStream(encoding)).pipe(res);
          else file.pipe(res);
          return;
        }
      }
      if (url.pathname === '/explore' || url.pathname === '/explore/') return send(res, 200, 'text/html; charset=utf-8', explorePage());
      if (url.pathname.startsWith('/explore/')) {
        const name = url.pathname.slice('/explore/'.length);
        const scripts = await exploreAssets();
        if (Object.prototype.hasOwnProperty.call(scripts, name)) {
          return send(res, 200, 'text/javascript; charset=utf-8', scripts[name as AssetName]);
        }
      }
      if (url.pathname === '/metrics') {
        const { contentType, body } = await observability.scrape();
        return send(res, 200, contentType, body);
      }
      if (url.pathname === '/healthz') return send(res, 200, JSON_TYPE, JSON.stringify({ status: 'ok' }));
      if (url.pathname === '/readyz') {
        // Not ready says why, in words for an operator (never a driver message).
        const answers = await ping(store);
        const prepared = opts.isBootstrapped?.() ?? true;
        const reason = !answers ? 'the graph store does not answer' : !prepared ? 'the graph store is being prepared (schema, seeds)' : undefined;
        const body = reason ? { status: 'unavailable', backend: store.backend, reason } : { status: 'ready', backend: store.backend };
        return send(res, reason ? 503 : 200, JSON_TYPE, JSON.stringify(body));
      }
      return send(res, 404, JSON_TYPE, httpErrorBody('Not found', 'NOT_FOUND', requestId));
    } catch (err) {
      logger.error('request failed', { requestId, message: (err as Error).message, stack: (err as Error).stack });
      if (!res.headersSent) send(res, 500, JSON_TYPE, httpErrorBody('Internal server error', 'INTERNAL_SERVER_ERROR', requestId));
      else res.end();
    }
  }

  async function graphql(req: http.IncomingMessage, res: http.ServerResponse, url: URL, method: string, requestId: string, deadline: number) {
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    let body: unknown = undefined;
    if (method === 'POST') {
      const raw = await readBody(req, maxBody);
      if (raw === null) observability.refused('PAYLOAD_TOO_LARGE', 'bodyBytes');
      if (raw === null) return send(res, 413, JSON_TYPE, httpErrorBody(`The request body is larger than ${maxBody} bytes`, 'PAYLOAD_TOO_LARGE', requestId));
      const type = headers.get('content-type') ?? '';
      if (type.includes('json')) {
        try {
          body = raw.length ? JSON.parse(raw) : {};
        } catch {
          return send(res, 400, JSON_TYPE, httpErrorBody('The request body is not valid JSON', 'BAD_REQUEST', requestId));
        }
      } else {
        body = raw;
      }
      if (Array.isArray(body) && limits.maxBatch > 0 && body.length > limits.maxBatch) {
        observability.refused('BATCH_TOO_LARGE', 'batch');
        return send(
          res,
          400,
          JSON_TYPE,
          httpErrorBody(`A batch may hold at most ${limits.maxBatch} operations; this one has ${body.length}`, 'BATCH_TOO_LARGE', requestId, { limit: 'batch', max: limits.maxBatch, found: body.length }),
        );
      }
    }
    let search = url.search;
    if (opts.persistedOnly) {
      const resolved = opts.persistedOnly.resolve(method === 'POST' ? body : Object.fromEntries(url.searchParams));
      if (resolved.error) return send(res, 400, JSON_TYPE, httpErrorBody(resolved.error, 'PERSISTED_QUERY_NOT_ALLOWED', requestId));
      if (method === 'POST') body = resolved.body;
      else {
        const params = new URLSearchParams(url.searchParams);
        params.set('query', String((resolved.body as { query: string }).query));
        search = `?${params.toString()}`;
      }
    }
    const client = opts.rateLimit ? clientOf(req, opts.rateLimit.clientHeader) : undefined;
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method, headers, search, body },
      context: async () => {
        const requestStore = new RequestStore(store, deadline, opts.isBootstrapped);
        if (client) clients.set(requestStore, client);
        return createContext(requestStore, requestId);
      },
    });
    for (const [k, v] of result.headers) res.setHeader(k, v);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      await endCompressed(req, res, withRequestId(result.body.string, requestId));
    } else {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  return { apollo, handle, observability };
}

/** Who spends a budget: the configured header's value (an API key), else the remote address. */
function clientOf(req: http.IncomingMessage, header?: string): string {
  const v = header ? req.headers[header.toLowerCase()] : undefined;
  const key = Array.isArray(v) ? v[0] : v;
  return key ? `key:${key}` : `addr:${req.socket.remoteAddress ?? 'unknown'}`;
}

/**
 * Errors Apollo raises before an operation starts (a body it cannot read, batching
 * off, CSRF) skip the plugins: give them the request id too.
 */
function withRequestId(body: string, requestId: string): string {
  if (!body.includes('"errors"')) return body;
  try {
    const parsed = JSON.parse(body) as unknown;
    let changed = false;
    for (const item of Array.isArray(parsed) ? parsed : [parsed]) {
      const errors = (item as { errors?: unknown } | null)?.errors;
      if (!Array.isArray(errors)) continue;
      for (const e of errors as { extensions?: Record<string, unknown> }[]) {
        if (e && typeof e === 'object' && e.extensions?.requestId === undefined) {
          e.extensions = { ...e.extensions, requestId };
          changed = true;
        }
      }
    }
    return changed ? JSON.stringify(parsed) : body;
  } catch {
    return body;
  }
}

function send(res: http.ServerResponse, status: number, type: string, body: string): Promise<void> {
  res.statusCode = status;
  res.setHeader('content-type', type);
  return endCompressed(res.req, res, body);
}

/** The body as text, or null when it exceeds the limit (the rest is drained, not buffered). */
function readBody(req: http.IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) over = true;
      else chunks.push(c);
    });
    req.on('end', () => resolve(over ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function ping(store: GraphStore): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      store.ping(),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('ping timed out')), 3_000))),
    ]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
