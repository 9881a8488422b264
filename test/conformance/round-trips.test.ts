import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEEDS_DIR } from '../../src/store/create.js';
import type { GraphStore } from '../../src/store/port.js';
import { data } from '../support/graphql.js';
import { describeOnBackend, seededStore } from '../support/stores.js';

/** No N+1: a nested query costs one store round trip per level, however many items each level has. */
describeOnBackend('store round trips', () => {
  let store: GraphStore;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ store, dispose } = await seededStore());
  });
  afterAll(async () => dispose());

  it('three levels over every list edition cost one round trip per level', async () => {
    const before = store.stats.roundTrips;
    const d = await data(store, `{
      listEditions(first: 100) {            # level 1: the editions
        edges { node { id
          minerals { id                     # level 2: their minerals, all editions in one batch
            listedIn { edition { id } }     # level 3: every mineral's listings, in one batch
          }
        } }
      }
    }`);
    const trips = store.stats.roundTrips - before;
    const editions = d.listEditions.edges.length;
    const minerals = d.listEditions.edges.reduce((n: number, e: { node: { minerals: unknown[] } }) => n + e.node.minerals.length, 0);
    expect(editions).toBeGreaterThanOrEqual(12);
    expect(minerals).toBeGreaterThan(400);
    expect(trips).toBe(3);
  });

  it('a mineral’s fact lists start beside its own read: the same reads, once each, and nothing for an unknown id', async () => {
    const q = (id: string) => `{ mineral(id: "${id}") { id name
      listedIn { asPublished edition { id issuer { id } } }
      importReliance { year percent } importSources { rank period country { id } } producers { year country { id } } productionConcentration } }`;
    let before = store.stats.roundTrips;
    const d = await data(store, q('gallium'));
    // The mineral, its listings, reliance, import sources and producers (producers and
    // productionConcentration share one read), then the editions' issuers.
    expect(store.stats.roundTrips - before).toBe(6);
    expect(d.mineral.listedIn.length).toBeGreaterThan(3);
    expect(d.mineral.importReliance.length).toBeGreaterThan(3);
    expect(d.mineral.importSources.length).toBeGreaterThan(1);
    expect(d.mineral.producers.length).toBeGreaterThan(1);
    expect(d.mineral.listedIn.some((l: { edition: { issuer: { id: string } | null } }) => l.edition.issuer?.id === 'USA')).toBe(true);
    before = store.stats.roundTrips;
    expect((await data(store, q('no-such-mineral'))).mineral).toBeNull();
    // The reads were started before the mineral was known not to exist.
    expect(store.stats.roundTrips - before).toBe(5);
  });

  it('sources of many facts are one batch, and a deeper level of already-seen nodes costs nothing', async () => {
    const before = store.stats.roundTrips;
    await data(store, `{ listEdition(id: "USA-2025") { listings { sources { id } mineral { id name } } } }`);
    // 1: the edition; 2: its listings (which also prime the minerals); 3: all sources at once.
    expect(store.stats.roundTrips - before).toBe(3);
  });
});
