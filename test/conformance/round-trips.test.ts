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

  it('sources of many facts are one batch, and a deeper level of already-seen nodes costs nothing', async () => {
    const before = store.stats.roundTrips;
    await data(store, `{ listEdition(id: "USA-2025") { listings { sources { id } mineral { id name } } } }`);
    // 1: the edition; 2: its listings (which also prime the minerals); 3: all sources at once.
    expect(store.stats.roundTrips - before).toBe(3);
  });
});
