import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('loadConfig', () => {
  it('turns the per-client budget on with RATE_LIMIT_POINTS, off by default', () => {
    expect(loadConfig({}).rateLimit).toBeUndefined();
    expect(loadConfig({ RATE_LIMIT_POINTS: '5000', RATE_LIMIT_CLIENT_HEADER: 'x-api-key' }).rateLimit).toEqual({ points: 5000, windowMs: 3_600_000, clientHeader: 'x-api-key' });
    expect(loadConfig({ RATE_LIMIT_POINTS: '10', RATE_LIMIT_WINDOW_SECONDS: '60' }).rateLimit).toEqual({ points: 10, windowMs: 60_000, clientHeader: undefined });
    expect(() => loadConfig({ RATE_LIMIT_POINTS: '10', RATE_LIMIT_CLIENT_HEADER: 'x api key' })).toThrow(/RATE_LIMIT_CLIENT_HEADER must be an HTTP header name/);
  });

  it('has defaults that need no set-up: Kùzu under ./data, port 4000', () => {
    const c = loadConfig({});
    expect(c.port).toBe(4000);
    expect(c.kuzuPath).toBe('./data/kuzu');
    expect(c.neo4j).toBeUndefined();
  });

  it.each([
    ['PORT', 'abc', /PORT must be a whole number from 0 to 65535/],
    ['PORT', '70000', /PORT/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL must be one of debug, info/],
    ['NEO4J_URI', 'http://localhost:7474', /NEO4J_URI must be a Bolt URI/],
    ['SEED_ON_START', 'maybe', /SEED_ON_START must be true or false/],
    ['QUERY_TIMEOUT_MS', '5', /QUERY_TIMEOUT_MS/],
    ['GRAPHQL_MAX_DEPTH', '0', /GRAPHQL_MAX_DEPTH must be a whole number from 1 to 100/],
    ['GRAPHQL_MAX_ALIASES', 'many', /GRAPHQL_MAX_ALIASES/],
    ['GRAPHQL_MAX_DIRECTIVES', '-1', /GRAPHQL_MAX_DIRECTIVES/],
    ['GRAPHQL_MAX_TOKENS', '10', /GRAPHQL_MAX_TOKENS must be a whole number from 200/],
    ['GRAPHQL_MAX_COST', '1e9', /GRAPHQL_MAX_COST/],
    ['GRAPHQL_DEFAULT_LIST_SIZE', '0', /GRAPHQL_DEFAULT_LIST_SIZE/],
    ['GRAPHQL_MAX_BATCH', '1000', /GRAPHQL_MAX_BATCH must be a whole number from 0 to 100/],
    ['RATE_LIMIT_POINTS', 'lots', /RATE_LIMIT_POINTS must be a whole number/],
    ['MAX_BODY_BYTES', '10', /MAX_BODY_BYTES/],
    ['GRAPHQL_INTROSPECTION', 'sometimes', /GRAPHQL_INTROSPECTION must be true or false/],
    ['CORS_ORIGINS', 'app.example.org', /CORS_ORIGINS must be a comma-separated list of origins/],
    ['CORS_ORIGINS', 'https://app.example.org/path', /CORS_ORIGINS/],
    ['CORS_ORIGINS', 'ftp://app.example.org', /CORS_ORIGINS/],
    ['CORS_ORIGINS', '*,https://a.example', /CORS_ORIGINS/],
  ])('refuses %s=%s naming the variable and the expected form', (name, value, message) => {
    let err: unknown;
    try {
      loadConfig({ [name]: value });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).variable).toBe(name);
    expect((err as Error).message).toMatch(message);
  });

  it('selects Neo4j when NEO4J_URI is set, with a named database', () => {
    const c = loadConfig({ NEO4J_URI: 'neo4j+s://db.example:7687', NEO4J_USER: 'u', NEO4J_PASSWORD: 'p', NEO4J_DATABASE: 'minerals' });
    expect(c.neo4j).toEqual({ uri: 'neo4j+s://db.example:7687', user: 'u', password: 'p', database: 'minerals' });
  });

  it('has guardrails on by default, no looser than graphql-armor’s, batching off, no CORS', () => {
    const c = loadConfig({});
    expect(c.guardrails).toEqual({ maxDepth: 6, maxAliases: 15, maxDirectives: 50, maxTokens: 1000, maxCost: 5000, defaultListSize: 20, maxBatch: 0, maxBodyBytes: 100_000 });
    expect(c.corsOrigins).toEqual([]);
    expect(c.queryTimeoutMs).toBe(10_000);
    expect(c.introspection).toBe(true);
  });

  it('reads each guardrail variable', () => {
    const c = loadConfig({
      GRAPHQL_MAX_DEPTH: '9', GRAPHQL_MAX_ALIASES: '3', GRAPHQL_MAX_DIRECTIVES: '4', GRAPHQL_MAX_TOKENS: '2000',
      GRAPHQL_MAX_COST: '800', GRAPHQL_DEFAULT_LIST_SIZE: '7', GRAPHQL_MAX_BATCH: '5', MAX_BODY_BYTES: '5000',
      QUERY_TIMEOUT_MS: '2500', GRAPHQL_INTROSPECTION: 'false', NODE_ENV: 'production',
    });
    expect(c.guardrails).toEqual({ maxDepth: 9, maxAliases: 3, maxDirectives: 4, maxTokens: 2000, maxCost: 800, defaultListSize: 7, maxBatch: 5, maxBodyBytes: 5000 });
    expect(c).toMatchObject({ queryTimeoutMs: 2500, introspection: false, production: true });
  });

  it('reads CORS_ORIGINS as origins (trailing slash dropped), or * for any', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://app.example.org/, http://localhost:3000' }).corsOrigins).toEqual(['https://app.example.org', 'http://localhost:3000']);
    expect(loadConfig({ CORS_ORIGINS: '*' }).corsOrigins).toEqual(['*']);
    expect(loadConfig({ CORS_ORIGINS: ' ' }).corsOrigins).toEqual([]);
  });
});
