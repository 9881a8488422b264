/**
 * paths never cuts the engine's rows before its dedup (which rows a LIMIT keeps is the
 * engine's choice, so a cut answer could differ between backends): past
 * LIMITS.pathRows rows it refuses instead. A store double repeats a real answer's rows.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { LIMITS } from '../../src/domain/timeline.js';
import type { GraphStore, ReadOptions, Statement } from '../../src/store/port.js';
import { STATEMENTS } from '../../src/store/statements.js';
import type { Row } from '../../src/store/values.js';
import { execute } from '../support/graphql.js';
import { describeOnBackend, seededStore, type TestStore } from '../support/stores.js';

const QUERY = '{ paths(from: "IDN", to: "nickel", maxHops: 3) { length nodes { id } } }';

describeOnBackend('paths bound the rows it reads', () => {
  let t: TestStore;
  let copies = 1;
  let sentCap: unknown;
  let store: GraphStore;
  beforeAll(async () => {
    t = await seededStore();
    const inner = t.store;
    store = Object.create(inner, {
      read: {
        value: async (stmt: Statement, options?: ReadOptions): Promise<Row[]> => {
          const rows = await inner.read(stmt, options);
          if (stmt.name !== STATEMENTS.shortestPaths) return rows;
          sentCap = stmt.params?.cap;
          return Array.from({ length: copies }, () => rows).flat();
        },
      },
    });
  });
  afterAll(async () => t?.dispose());

  it('asks the engine for one row past the bound and answers normally below it', async () => {
    copies = 1;
    const r = await execute(store, QUERY);
    expect(r.errors).toBeUndefined();
    expect((r.data as any).paths.length).toBeGreaterThan(0);
    expect(sentCap).toBe(LIMITS.pathRows + 1);
  });

  it('refuses with QUERY_TOO_COMPLEX (limit pathRows) rather than answer from a cut', async () => {
    const one = await store.read({ name: STATEMENTS.shortestPaths, params: { from: 'IDN', to: 'nickel', cap: LIMITS.pathRows + 1 } });
    copies = Math.ceil((LIMITS.pathRows + 1) / one.length) + 1;
    const r = await execute(store, QUERY);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'pathRows', max: LIMITS.pathRows });
    expect(r.errors?.[0].message).toMatch(/lower maxHops/);
  });
});
