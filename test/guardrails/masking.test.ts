import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreQueryError, StoreTimeoutError, StoreUnavailableError } from '../../src/store/errors.js';
import { describeOnBackend } from '../support/stores.js';
import { ControlledStore, leak, memoryLogger, seededStore, serve } from './helpers.js';

/**
 * With NODE_ENV=production (and without), a client never sees a stack, a Cypher
 * statement or a driver message; the log keeps them under the request id the
 * client also gets.
 */
describeOnBackend('error masking in production', () => {
  let k: Awaited<ReturnType<typeof seededStore>>;
  let s: Awaited<ReturnType<typeof serve>>;
  let store: ControlledStore;
  const log = memoryLogger();
  const env = process.env.NODE_ENV;

  beforeAll(async () => {
    process.env.NODE_ENV = 'production';
    k = await seededStore();
    store = new ControlledStore(k.store);
    s = await serve({ store, logger: log.logger });
  });
  afterAll(async () => {
    process.env.NODE_ENV = env;
    await s?.server.close();
    await k?.dispose();
  });

  const internals: [string, Error][] = [
    ['a statement the engine rejects', new StoreQueryError('Kùzu rejected a statement: Binder exception: Table Minerall does not exist. MATCH (m:Minerall) RETURN m')],
    ['a driver error', Object.assign(new Error('Neo4jError: Invalid input \'MATCH (n) RETURN n\' at bolt://db:7687'), { code: 'Neo.ClientError.Statement.SyntaxError' })],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'props')")],
  ];

  it.each(internals)('masks %s as INTERNAL_SERVER_ERROR and logs it under the request id', async (_what, error) => {
    store.failWith = error;
    log.lines.length = 0;
    try {
      const res = await s.post({ query: '{ mineral(id: "gallium") { id name } }' });
      const text = await res.text();
      const body = JSON.parse(text);
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0].message).toBe('Internal server error');
      expect(body.errors[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: res.headers.get('x-request-id') });
      expect(leak(text)).toBeUndefined();
      expect(text).not.toContain(error.message.slice(0, 20));

      const logged = log.lines.find((l) => l.msg === 'graphql error');
      expect(logged?.requestId).toBe(res.headers.get('x-request-id'));
      expect(String(logged?.message)).toBe(error.message);
      expect(String(logged?.stack)).toMatch(/\n\s+at /);
    } finally {
      store.failWith = undefined;
    }
  });

  it('says SERVICE_UNAVAILABLE and TIMEOUT in its own words, not the cause’s', async () => {
    for (const [error, code] of [
      [new StoreUnavailableError('Neo4j is unavailable', { cause: new Error('connect ECONNREFUSED 10.0.0.5:7687') }), 'SERVICE_UNAVAILABLE'],
      [new StoreTimeoutError('the query ran past its deadline', { cause: new Error('Kùzu: Interrupted.') }), 'TIMEOUT'],
    ] as const) {
      store.failWith = error;
      const res = await s.post({ query: '{ mineral(id: "gallium") { id } }' });
      const text = await res.text();
      expect(JSON.parse(text).errors[0].extensions.code).toBe(code);
      expect(leak(text)).toBeUndefined();
      expect(text).not.toMatch(/10\.0\.0\.5|Interrupted/);
    }
    store.failWith = undefined;
  });

  it('still answers normally', async () => {
    expect((await s.gql('{ mineral(id: "gallium") { id } }')).body).toEqual({ data: { mineral: { id: 'gallium' } } });
  });
});
