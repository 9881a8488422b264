import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The server's Prometheus metrics, in a registry of its own (never prom-client's
 * global one), so several servers in one process (tests) each count only their own.
 * Every label takes values from a bounded set: operation names are capped (see
 * OperationNames), outcomes are error codes, statements are the names of cypher/.
 */
export interface MetricsOptions {
  /** Distinct operation names kept as labels; later new names count under `other` (default 200). */
  readonly maxOperationNames?: number;
  /** Node.js and process metrics (`collectDefaultMetrics`); default on. */
  readonly defaultMetrics?: boolean;
}

/** Operation names longer than this count under `other`. */
export const MAX_OPERATION_NAME_LENGTH = 100;
export const ANONYMOUS = 'anonymous';
export const OTHER = 'other';

const REQUEST_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const STORE_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;
const CODE = /^[A-Z][A-Z0-9_]{0,49}$/;
/** The limits a refusal may name (extensions.limit); anything else is `other`. */
const LIMITS = new Set(['depth', 'aliases', 'directives', 'tokens', 'cost', 'pathRows', 'storeMemory', 'batch', 'bodyBytes']);
const ROUTES = new Set(['/', '/graphiql', '/graphql', '/healthz', '/readyz']);

/** Keeps the first `max` distinct operation names; a later new name, or one that is no GraphQL name, is `other`. */
export class OperationNames {
  private readonly seen = new Set<string>();
  constructor(private readonly max: number) {}

  label(name: string | null | undefined): string {
    if (name === null || name === undefined || name === '') return ANONYMOUS;
    if (name.length > MAX_OPERATION_NAME_LENGTH || !GRAPHQL_NAME.test(name) || name === ANONYMOUS || name === OTHER) return OTHER;
    if (this.seen.has(name)) return name;
    if (this.seen.size >= this.max) return OTHER;
    this.seen.add(name);
    return name;
  }
}

export type StoreOutcome = 'ok' | 'timeout' | 'unavailable' | 'error';

export class Metrics {
  readonly registry = new Registry();
  readonly operations: OperationNames;
  readonly requests: Counter<'operation' | 'outcome'>;
  readonly requestDuration: Histogram<'operation'>;
  readonly refused: Counter<'code' | 'limit'>;
  readonly storeRoundTrips: Counter<'backend' | 'statement' | 'kind' | 'outcome'>;
  readonly storeDuration: Histogram<'backend' | 'statement' | 'kind'>;
  readonly http: Counter<'route' | 'status'>;
  private readonly ready: Gauge;
  private readonly nodes: Gauge<'backend'>;
  private readonly relationships: Gauge<'backend'>;
  private isReady: () => boolean = () => true;
  private backend?: string;
  private countGraph?: () => Promise<{ nodes: number; relationships: number }>;
  private counted?: Promise<{ nodes: number; relationships: number } | undefined>;

  constructor(opts: MetricsOptions = {}) {
    const registers = [this.registry];
    this.operations = new OperationNames(opts.maxOperationNames ?? 200);
    this.requests = new Counter({
      name: 'graphql_requests_total',
      help: 'GraphQL operations answered, by operation name and outcome (ok, or the extensions.code of the first error)',
      labelNames: ['operation', 'outcome'],
      registers,
    });
    this.requestDuration = new Histogram({
      name: 'graphql_request_duration_seconds',
      help: 'Time from receiving a GraphQL operation to its response, by operation name',
      labelNames: ['operation'],
      buckets: REQUEST_BUCKETS,
      registers,
    });
    this.refused = new Counter({
      name: 'graphql_refused_total',
      help: 'Requests refused by a limit: code QUERY_TOO_COMPLEX, BATCH_TOO_LARGE or PAYLOAD_TOO_LARGE, and the limit (depth, aliases, directives, tokens, cost, pathRows, storeMemory, batch, bodyBytes)',
      labelNames: ['code', 'limit'],
      registers,
    });
    this.storeRoundTrips = new Counter({
      name: 'graph_store_round_trips_total',
      help: 'Graph-store round trips (reads, and write transactions), by statement name and outcome (ok, timeout, unavailable, error)',
      labelNames: ['backend', 'statement', 'kind', 'outcome'],
      registers,
    });
    this.storeDuration = new Histogram({
      name: 'graph_store_duration_seconds',
      help: 'Time the graph store took per round trip, by statement name',
      labelNames: ['backend', 'statement', 'kind'],
      buckets: STORE_BUCKETS,
      registers,
    });
    this.http = new Counter({
      name: 'http_requests_total',
      help: 'HTTP requests answered, by route and status (/metrics itself is not counted)',
      labelNames: ['route', 'status'],
      registers,
    });
    const self = this;
    this.ready = new Gauge({
      name: 'graph_ready',
      help: '1 once the store has its schema and seeds (bootstrap done), else 0',
      registers,
      collect() {
        this.set(self.isReady() ? 1 : 0);
      },
    });
    this.nodes = new Gauge({
      name: 'graph_nodes',
      help: 'Nodes in the graph, counted once after the store is ready (no sample before)',
      labelNames: ['backend'],
      registers,
      async collect() {
        const c = await self.graphCounts();
        if (c && self.backend) this.set({ backend: self.backend }, c.nodes);
      },
    });
    this.relationships = new Gauge({
      name: 'graph_relationships',
      help: 'Relationships in the graph, counted once after the store is ready (no sample before)',
      labelNames: ['backend'],
      registers,
      async collect() {
        const c = await self.graphCounts();
        if (c && self.backend) this.set({ backend: self.backend }, c.relationships);
      },
    });
    if (opts.defaultMetrics ?? true) collectDefaultMetrics({ register: this.registry });
  }

  /** Where the readiness gauge and the graph counts come from (the server sets these). */
  watchGraph(backend: string, isReady: () => boolean, countGraph: () => Promise<{ nodes: number; relationships: number }>): void {
    this.backend = backend;
    this.isReady = isReady;
    this.countGraph = countGraph;
  }

  /** Counts the graph once it is ready (the graph does not change while served); a failed count is tried again next scrape. */
  private graphCounts(): Promise<{ nodes: number; relationships: number } | undefined> {
    if (!this.countGraph || !this.isReady()) return Promise.resolve(undefined);
    if (!this.counted) {
      const count = this.countGraph;
      let timer: NodeJS.Timeout | undefined;
      this.counted = Promise.race([
        count(),
        new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('graph count timed out')), 2_000))),
      ])
        .catch(() => {
          this.counted = undefined;
          return undefined;
        })
        .finally(() => clearTimeout(timer));
    }
    return this.counted;
  }

  /** One GraphQL operation answered. */
  observeRequest(operationName: string | null | undefined, outcome: string, seconds: number): void {
    const operation = this.operations.label(operationName);
    this.requests.inc({ operation, outcome: CODE.test(outcome) || outcome === 'ok' ? outcome : OTHER });
    this.requestDuration.observe({ operation }, seconds);
  }

  /** A request refused by a limit. */
  observeRefused(code: string, limit: unknown): void {
    this.refused.inc({ code: CODE.test(code) ? code : OTHER, limit: typeof limit === 'string' && LIMITS.has(limit) ? limit : OTHER });
  }

  observeHttp(pathname: string, status: number): void {
    const route = ROUTES.has(pathname) ? pathname : pathname.startsWith('/graphiql/') ? '/graphiql/*' : OTHER;
    this.http.inc({ route, status: String(status) });
  }

  observeStore(backend: string, statement: string, kind: 'read' | 'write', outcome: StoreOutcome, seconds: number): void {
    this.storeRoundTrips.inc({ backend, statement, kind, outcome });
    this.storeDuration.observe({ backend, statement, kind }, seconds);
  }
}
