/**
 * The Neo4j adapter's rules that need no database: error classification by code, and
 * retries bounded by the request's deadline (against a port that accepts connections
 * and closes them, as a server going down does). The real-server checks are in
 * test/neo4j/adapter.test.ts.
 */
import net from 'node:net';
import neo4j, { Neo4jError } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCypher } from '../../src/store/create.js';
import { StoreConfigError, StoreQueryError, StoreResourceError, StoreTimeoutError, StoreUnavailableError } from '../../src/store/errors.js';
import { Neo4jStore, fromNeo4j, mapNeo4jError, toNeo4jParams } from '../../src/store/neo4j-store.js';
import { STATEMENTS } from '../../src/store/statements.js';

describe('Neo4j errors are classified by their codes', () => {
  const cases: [string, string, unknown][] = [
    ['ServiceUnavailable', 'Could not perform discovery', StoreUnavailableError],
    ['SessionExpired', 'whatever', StoreUnavailableError],
    ['Neo.TransientError.General.DatabaseUnavailable', 'db down', StoreUnavailableError],
    ['Neo.TransientError.Transaction.DeadlockDetected', 'deadlock', StoreUnavailableError],
    ['Neo.ClientError.Security.Unauthorized', 'The client is unauthorized due to authentication failure.', StoreConfigError],
    ['Neo.ClientError.Database.DatabaseNotFound', 'Database does not exist', StoreConfigError],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'timed out', StoreTimeoutError],
    ['Neo.TransientError.General.MemoryPoolOutOfMemoryError', 'out of memory', StoreResourceError],
    // Messages that merely mention connecting or availability are not outages.
    ['Neo.ClientError.Statement.SyntaxError', "Invalid input 'connect': expected ... (unavailable)", StoreQueryError],
    ['Neo.ClientError.Schema.ConstraintValidationFailed', 'Node(1) already exists with label `Entity` ECONNREFUSED', StoreQueryError],
  ];
  for (const [code, message, kind] of cases) {
    it(`${code} → ${(kind as { name: string }).name}`, () => {
      const mapped = mapNeo4jError(new Neo4jError(message, code, 'N/A', 'N/A'));
      expect(mapped).toBeInstanceOf(kind);
      expect(mapped.constructor).toBe(kind);
    });
  }
  it('an error with no code is a rejected statement, not an outage', () => {
    expect(mapNeo4jError(new Error('connect ECONNREFUSED 127.0.0.1:7687'))).toBeInstanceOf(StoreQueryError);
  });
});

describe('Neo4j parameters', () => {
  it('send a seed row property as the model types it: DOUBLE as a float even when whole, INT64 as an Integer', () => {
    const p = toNeo4jParams({ rows: [{ from: 'USA', to: 'gallium', key: '2024', year: 2024, percent: 100, text: '100' }] }, { TYPE: 'RELIES_ON', From: 'Country', To: 'Mineral' });
    const row = (p.rows as Record<string, unknown>[])[0];
    expect(neo4j.isInt(row.year)).toBe(true);
    expect(row.percent).toBe(100);
    expect(neo4j.isInt(row.percent)).toBe(false);
  });
  it('send other whole numbers as Integers (LIMIT needs one)', () => {
    expect(neo4j.isInt(toNeo4jParams({ cap: 50 }).cap)).toBe(true);
    expect(toNeo4jParams({ min: 12.5 }).min).toBe(12.5);
  });
});

describe('Neo4j retries are bounded by the deadline', () => {
  let server: net.Server;
  let port = 0;
  let connections = 0;
  beforeAll(async () => {
    // Accepts and hangs up at once: the driver sees the server go away (ServiceUnavailable, retryable).
    server = net.createServer((s) => {
      connections++;
      s.destroy();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    port = (server.address() as net.AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('retries a transient failure, then answers unavailable once the read deadline leaves no room for another try', { timeout: 20_000 }, async () => {
    const store = new Neo4jStore(loadCypher('neo4j'), { uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password: 'x', database: 'neo4j' });
    try {
      const before = connections;
      const started = Date.now();
      await expect(store.read({ name: STATEMENTS.countNodes }, { timeoutMs: 1_000 })).rejects.toBeInstanceOf(StoreUnavailableError);
      // The contract is the deadline (1 s), not speed: the answer comes when the budget is
      // spent, with slack for a loaded machine, and not after the driver's own retry budget
      // (managed transactions retry for maxTransactionRetryTime, 30 s by default).
      expect(Date.now() - started).toBeLessThan(4_000);
      expect(connections - before, 'it retried').toBeGreaterThan(1);
    } finally {
      await store.close();
    }
  });
});

describe('Neo4j values are converted to plain ones (fromNeo4j)', () => {
  it('keeps text, numbers and booleans; nulls what is missing; converts Integers, bigints, lists and maps', () => {
    expect(fromNeo4j('gallium')).toBe('gallium');
    expect(fromNeo4j(12.5)).toBe(12.5);
    expect(fromNeo4j(false)).toBe(false);
    expect(fromNeo4j(undefined)).toBeNull();
    expect(fromNeo4j(null)).toBeNull();
    expect(fromNeo4j(neo4j.int(2024))).toBe(2024);
    expect(fromNeo4j(neo4j.int('9007199254740993'))).toBe('9007199254740993');
    expect(fromNeo4j(BigInt(7))).toBe(7);
    expect(fromNeo4j([neo4j.int(1), ['USA-2025', null], 'x'])).toEqual([1, ['USA-2025', null], 'x']);
    expect(fromNeo4j({ year: neo4j.int(2022), tags: ['a'] })).toEqual({ year: 2022, tags: ['a'] });
  });

  it('turns nodes into graph nodes with their model label, and temporals into ISO text', () => {
    const node = new neo4j.types.Node(neo4j.int(1), ['Entity', 'Mineral'], { id: 'gallium', year: neo4j.int(2025) }, '4:x:1');
    expect(fromNeo4j(node)).toEqual({ kind: 'node', ref: '4:x:1', label: 'Mineral', props: { id: 'gallium', year: 2025 } });
    expect(fromNeo4j(new neo4j.types.Date(2025, 11, 3))).toBe('2025-11-03');
  });
});
