/**
 * Configuration, read once at start-up from the environment and validated. A bad
 * value stops the process with a message naming the variable and the form it
 * should take.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly kuzuPath: string;
  readonly kuzuBufferPoolMb: number;
  readonly neo4j?: { readonly uri: string; readonly user: string; readonly password: string; readonly database: string };
  readonly logLevel: LogLevel;
  /** Load seeds/ on start when the database is empty. */
  readonly seedOnStart: boolean;
  /** The deadline of one HTTP request; each store read gets what is left of it. */
  readonly queryTimeoutMs: number;
  readonly production: boolean;
  readonly introspection: boolean;
  readonly guardrails: Guardrails;
  /** Origins allowed to call /graphql from a browser (CORS); empty: same-origin only; `*`: any. */
  readonly corsOrigins: readonly string[];
  /** A cost budget per client per window; absent: off. */
  readonly rateLimit?: { readonly points: number; readonly windowMs: number; readonly clientHeader?: string };
  /** Serve only the operations of this persisted query manifest (a file path); absent: any operation. */
  readonly persistedOperationsFile?: string;
}

/** Limits on what one request may ask for, checked before anything runs. */
export interface Guardrails {
  readonly maxDepth: number;
  readonly maxAliases: number;
  readonly maxDirectives: number;
  readonly maxTokens: number;
  readonly maxCost: number;
  /** The weight of a list of objects that takes no first/limit. */
  readonly defaultListSize: number;
  /** Operations in one batched HTTP request; 0 turns batching off. */
  readonly maxBatch: number;
  readonly maxBodyBytes: number;
}

/** No looser than graphql-armor's defaults (depth 6, aliases 15, directives 50, tokens 1000, cost 5000). */
export const DEFAULT_GUARDRAILS: Guardrails = {
  maxDepth: 6,
  maxAliases: 15,
  maxDirectives: 50,
  maxTokens: 1000,
  maxCost: 5000,
  defaultListSize: 20,
  maxBatch: 0,
  maxBodyBytes: 100_000,
};

export class ConfigError extends Error {
  constructor(readonly variable: string, expected: string, got: string) {
    super(`${variable} must be ${expected}; got ${JSON.stringify(got)}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function int(env: Env, name: string, def: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return def;
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(name, `a whole number from ${min} to ${max}`, raw);
  }
  return Number(raw);
}

function bool(env: Env, name: string, def: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return def;
  const v = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  throw new ConfigError(name, 'true or false', raw);
}

/** Comma-separated origins such as https://app.example.org,http://localhost:3000, or `*`. */
function origins(env: Env, name: string): string[] {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return [];
  const expected = 'a comma-separated list of origins such as https://app.example.org,http://localhost:3000 (scheme, host and optional port; no path), or *';
  const items = raw.split(',').map((s) => s.trim()).filter(Boolean);
  if (items.includes('*')) {
    if (items.length > 1) throw new ConfigError(name, expected, raw);
    return ['*'];
  }
  return items.map((item) => {
    let u: URL;
    try {
      u = new URL(item);
    } catch {
      throw new ConfigError(name, expected, raw);
    }
    if (!['http:', 'https:'].includes(u.protocol) || u.username || u.password || u.pathname !== '/' || u.search || u.hash || !/^https?:\/\/[^/]+\/?$/i.test(item)) {
      throw new ConfigError(name, expected, raw);
    }
    return u.origin;
  });
}

const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];

export function loadConfig(env: Env = process.env): Config {
  const port = int(env, 'PORT', 4000, 0, 65535);
  const host = env.HOST?.trim() || '127.0.0.1';
  if (!/^[A-Za-z0-9.:\-[\]]+$/.test(host)) throw new ConfigError('HOST', 'a host name or IP address such as 127.0.0.1 or 0.0.0.0', host);

  const logLevel = (env.LOG_LEVEL?.trim().toLowerCase() || 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError('LOG_LEVEL', `one of ${LOG_LEVELS.join(', ')}`, env.LOG_LEVEL ?? '');

  let neo4j: Config['neo4j'];
  const uri = env.NEO4J_URI?.trim();
  if (uri) {
    if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s/]+(:\d+)?\/?$/.test(uri)) {
      throw new ConfigError('NEO4J_URI', 'a Bolt URI such as bolt://localhost:7687 or neo4j+s://host', uri);
    }
    const database = env.NEO4J_DATABASE?.trim() || 'neo4j';
    if (!/^[A-Za-z][A-Za-z0-9.\-]{2,62}$/.test(database)) {
      throw new ConfigError('NEO4J_DATABASE', 'a Neo4j database name (3-63 letters, digits, dots or dashes)', database);
    }
    neo4j = { uri, user: env.NEO4J_USER?.trim() || 'neo4j', password: env.NEO4J_PASSWORD ?? '', database };
  }

  return {
    port,
    host,
    kuzuPath: env.KUZU_PATH?.trim() || './data/kuzu',
    kuzuBufferPoolMb: int(env, 'KUZU_BUFFER_POOL_MB', 512, 64, 65536),
    neo4j,
    logLevel,
    seedOnStart: bool(env, 'SEED_ON_START', true),
    queryTimeoutMs: int(env, 'QUERY_TIMEOUT_MS', 10_000, 100, 600_000),
    production: env.NODE_ENV === 'production',
    introspection: bool(env, 'GRAPHQL_INTROSPECTION', true),
    guardrails: {
      maxDepth: int(env, 'GRAPHQL_MAX_DEPTH', DEFAULT_GUARDRAILS.maxDepth, 1, 100),
      maxAliases: int(env, 'GRAPHQL_MAX_ALIASES', DEFAULT_GUARDRAILS.maxAliases, 0, 1000),
      maxDirectives: int(env, 'GRAPHQL_MAX_DIRECTIVES', DEFAULT_GUARDRAILS.maxDirectives, 0, 1000),
      // GraphiQL's introspection query is about 190 tokens.
      maxTokens: int(env, 'GRAPHQL_MAX_TOKENS', DEFAULT_GUARDRAILS.maxTokens, 200, 1_000_000),
      maxCost: int(env, 'GRAPHQL_MAX_COST', DEFAULT_GUARDRAILS.maxCost, 1, 100_000_000),
      defaultListSize: int(env, 'GRAPHQL_DEFAULT_LIST_SIZE', DEFAULT_GUARDRAILS.defaultListSize, 1, 10_000),
      maxBatch: int(env, 'GRAPHQL_MAX_BATCH', DEFAULT_GUARDRAILS.maxBatch, 0, 100),
      maxBodyBytes: int(env, 'MAX_BODY_BYTES', DEFAULT_GUARDRAILS.maxBodyBytes, 1_000, 100_000_000),
    },
    corsOrigins: origins(env, 'CORS_ORIGINS'),
    rateLimit: rateLimit(env),
    persistedOperationsFile: env.PERSISTED_OPERATIONS_ONLY?.trim() || undefined,
  };
}

function rateLimit(env: Env): Config['rateLimit'] {
  const points = int(env, 'RATE_LIMIT_POINTS', 0, 0, 1_000_000_000);
  if (points === 0) return undefined;
  const windowSeconds = int(env, 'RATE_LIMIT_WINDOW_SECONDS', 3600, 1, 31 * 24 * 3600);
  const header = env.RATE_LIMIT_CLIENT_HEADER?.trim() || undefined;
  if (header && !/^[A-Za-z0-9-]+$/.test(header)) throw new ConfigError('RATE_LIMIT_CLIENT_HEADER', 'an HTTP header name such as x-api-key', header);
  return { points, windowMs: windowSeconds * 1000, clientHeader: header };
}
