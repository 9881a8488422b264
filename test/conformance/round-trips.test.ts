import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEEDS_DIR } from '../../src/store/create.js';
import type { GraphStore } from '../../src/store/port.js';
import { Loaders } from '../../src/repo/loaders.js';
import { STATEMENTS } from '../../src/store/statements.js';
import { BENCH_STATEMENTS } from '../../src/store/statements/bench.js';
import { data } from '../support/graphql.js';
import { describeOnBackend, seededStore } from '../support/stores.js';

/** No N+1: a nested query costs one statement per level, however many items each level has (Neo4j sends the statements of one level together: see the batching test). */
describeOnBackend('store round trips', () => {
  let store: GraphStore;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ store, dispose } = await seededStore());
  });
  afterAll(async () => dispose());

  it('three levels over every list edition cost one statement per level', async () => {
    const before = store.stats.statements;
    const d = await data(store, `{
      listEditions(first: 100) {            # level 1: the editions
        edges { node { id
          minerals { id                     # level 2: their minerals, all editions in one batch
            listedIn { edition { id } }     # level 3: every mineral's listings, in one batch
          }
        } }
      }
    }`);
    const trips = store.stats.statements - before;
    const editions = d.listEditions.edges.length;
    const minerals = d.listEditions.edges.reduce((n: number, e: { node: { minerals: unknown[] } }) => n + e.node.minerals.length, 0);
    expect(editions).toBeGreaterThanOrEqual(12);
    expect(minerals).toBeGreaterThan(400);
    expect(trips).toBe(3);
  });

  it('sources of many facts are one batch, and a deeper level of already-seen nodes costs nothing', async () => {
    const before = store.stats.statements;
    await data(store, `{ listEdition(id: "USA-2025") { listings { sources { id } mineral { id name } } } }`);
    // 1: the edition; 2: its listings (which also prime the minerals); 3: all sources at once.
    expect(store.stats.statements - before).toBe(3);
  });

  it("an edition's issuer printed by id alone costs no read, and is the one its ISSUED_BY relationship names", async () => {
    const q = (fields: string) => `{ listEditions(first: 100) { edges { node { id issuer { ${fields} } } } } }`;
    let before = store.stats.statements;
    const lean = await data(store, q('id'));
    expect(store.stats.statements - before).toBe(1);
    before = store.stats.statements;
    const read = await data(store, q('id name'));
    expect(store.stats.statements - before).toBe(2);
    const issuers = (d: any) => d.listEditions.edges.map((e: any) => [e.node.id, e.node.issuer?.id]);
    expect(issuers(lean).length).toBeGreaterThanOrEqual(12);
    expect(issuers(lean)).toEqual(issuers(read));
  });

  /** Runs `run` with the store's readAll hidden: every read then goes alone, as on a store without it. */
  async function unbatched<T>(run: () => Promise<T>): Promise<T> {
    const all = store.readAll;
    Object.assign(store, { readAll: undefined });
    try {
      return await run();
    } finally {
      Object.assign(store, { readAll: all });
    }
  }

  it('sends the reads of one level together where the store can (Neo4j: one statement), with the same answers', async () => {
    // A mineral starts its fact lists beside its own lookup (one level), and a page its count.
    const queries = [
      `{ mineral(id: "gallium") { id name importReliance { year percent } importSources { rank period country { id } } producers { year sharePercent country { id } } listedIn { asPublished edition { id year } } } }`,
      `{ minerals(first: 5, orderBy: { field: NAME, direction: DESC }, where: { listedIn: { edition: "USA-2025" } }) { totalCount edges { cursor node { id name } } } }`,
    ];
    const statements = [5, 2];
    for (const [i, q] of queries.entries()) {
      const alone = await unbatched(() => data(store, q));
      await data(store, q); // a statement's first run tells Neo4j's readAll its columns
      const before = { ...store.stats };
      const together = await data(store, q);
      expect(together).toEqual(alone);
      expect(store.stats.statements - before.statements).toBe(statements[i]);
      expect(store.stats.roundTrips - before.roundTrips).toBe(store.readAll ? 1 : statements[i]);
    }
  });

  it('sends at most 16 reads in one statement', async () => {
    const ids = (await data(store, '{ minerals(first: 20) { edges { node { id } } } }')).minerals.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(ids).toHaveLength(20);
    const lookup = (loaders: Loaders, id: string) => loaders.rows(STATEMENTS.entityOfLabel, { id }, { Label: 'Mineral' });
    await lookup(new Loaders(store), ids[0]);
    const before = { ...store.stats };
    const loaders = new Loaders(store);
    const rows = await Promise.all(ids.map((id: string) => lookup(loaders, id)));
    expect(rows.map((r) => (r[0]?.n as { props: { id: string } } | undefined)?.props.id)).toEqual(ids);
    expect(store.stats.statements - before.statements).toBe(20);
    expect(store.stats.roundTrips - before.roundTrips).toBe(store.readAll ? 2 : 20);
  });

  it('sends a read whose text last answered over 1,000 rows alone, beside one statement for the others', async () => {
    const d = await data(store, '{ minerals(first: 100) { edges { node { id } } } countries(first: 100) { edges { node { id } } } }');
    const ids = [...d.minerals.edges, ...d.countries.edges].map((e: { node: { id: string } }) => e.node.id);
    // Every relationship among the minerals and countries, every reading: thousands of rows.
    const ring = (loaders: Loaders) => loaders.rows(STATEMENTS.neighbourhoodRelEndsWithFacts, { kept: ids, expanded: ids, allFacts: true, revisions: true });
    const lookup = (loaders: Loaders, id: string) => loaders.rows(STATEMENTS.entityOfLabel, { id }, { Label: 'Mineral' });
    const alone = await ring(new Loaders(store));
    expect(alone.length).toBeGreaterThan(1000);
    await lookup(new Loaders(store), ids[0]);
    const before = { ...store.stats };
    const loaders = new Loaders(store);
    const [big, a, b] = await Promise.all([ring(loaders), lookup(loaders, ids[0]), lookup(loaders, ids[1])]);
    const sorted = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).sort();
    expect(sorted(big)).toEqual(sorted(alone));
    expect([a[0]?.n, b[0]?.n].map((n) => (n as { props: { id: string } } | undefined)?.props.id)).toEqual(ids.slice(0, 2));
    expect(ids.slice(0, 2).every((id: string) => d.minerals.edges.some((e: { node: { id: string } }) => e.node.id === id))).toBe(true);
    expect(store.stats.statements - before.statements).toBe(3);
    // Neo4j: the large read alone and the two lookups as one statement.
    expect(store.stats.roundTrips - before.roundTrips).toBe(store.readAll ? 2 : 3);
  });

  it('a batch that fails is read again one statement at a time: only the failing read fails', async () => {
    const lookup = () => new Loaders(store).rows(STATEMENTS.entityOfLabel, { id: 'gallium' }, { Label: 'Mineral' });
    const first = (n: number) => new Loaders(store).rows(BENCH_STATEMENTS.benchMineralsFirst, { first: n });
    await Promise.all([lookup(), first(2)]);
    const loaders = new Loaders(store);
    const before = store.stats.statements;
    // LIMIT -1 is refused by both backends; the lookup beside it still answers.
    const [ok, bad] = await Promise.allSettled([
      loaders.rows(STATEMENTS.entityOfLabel, { id: 'gallium' }, { Label: 'Mineral' }),
      loaders.rows(BENCH_STATEMENTS.benchMineralsFirst, { first: -1 }),
    ]);
    expect(ok.status).toBe('fulfilled');
    expect(ok.status === 'fulfilled' && ok.value.length).toBe(1);
    expect(bad.status).toBe('rejected');
    // Neo4j: the batch, then each read alone (2 + 2); elsewhere each read alone.
    expect(store.stats.statements - before).toBe(store.readAll ? 4 : 2);
  });
});
