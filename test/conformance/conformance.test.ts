import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countGraph, loadSeeds } from '../../src/seeds/load.js';
import { SEEDS_DIR } from '../../src/store/create.js';
import type { GraphStore } from '../../src/store/port.js';
import { data, execute } from '../support/graphql.js';
import { backendFactories } from '../support/stores.js';

/**
 * The conformance suite: written once, run against every backend present. Kùzu
 * always runs; Neo4j runs when NEO4J_URI is set and shows as skipped otherwise.
 */
for (const backend of backendFactories()) {
  describe.skipIf(backend.skip !== undefined)(`conformance on ${backend.name}${backend.skip ? ` (skipped: ${backend.skip})` : ''}`, () => {
    let store: GraphStore;

    beforeAll(async () => {
      store = await backend.create();
      await store.applySchema();
      await loadSeeds(store, SEEDS_DIR);
    });
    afterAll(async () => {
      await store?.close();
      await backend.cleanup();
    });

    it('loads seeds idempotently: a second load changes no count', async () => {
      const before = await countGraph(store);
      expect(before.nodes).toBeGreaterThan(300);
      await loadSeeds(store, SEEDS_DIR);
      expect(await countGraph(store)).toEqual(before);
    });

    it('answers the three US list editions with their declared sizes and members', async () => {
      const d = await data(store, `{
        a: listEdition(id: "USA-2018") { year size minerals { id } issuer { id } }
        b: listEdition(id: "USA-2022") { year size published minerals { id } }
        c: listEdition(id: "USA-2025") { year size minerals { id } }
      }`);
      expect([d.a.size, d.a.minerals.length, d.a.issuer.id]).toEqual([35, 35, 'USA']);
      expect([d.b.size, d.b.minerals.length, d.b.published]).toEqual([50, 50, '2022-02-24']);
      expect([d.c.size, d.c.minerals.length]).toEqual([60, 60]);
      // The 2018 list names the rare-earth group; the 2022 list names its members.
      expect(d.a.minerals.map((m: { id: string }) => m.id)).toContain('rare-earth-elements');
      expect(d.b.minerals.map((m: { id: string }) => m.id)).toEqual(expect.arrayContaining(['neodymium', 'nickel', 'zinc']));
    });

    it('links the REE and PGM groups to their members', async () => {
      const d = await data(store, `{
        ree: mineral(id: "rare-earth-elements") { isGroup members { id } }
        pgm: mineral(id: "platinum-group-metals") { isGroup members { id } }
        nd: mineral(id: "neodymium") { isGroup group { id } }
      }`);
      expect(d.ree.isGroup).toBe(true);
      expect(d.ree.members.map((m: { id: string }) => m.id)).toEqual(expect.arrayContaining(['neodymium', 'dysprosium', 'cerium']));
      expect(d.pgm.members.map((m: { id: string }) => m.id).sort()).toEqual(['iridium', 'palladium', 'platinum', 'rhodium', 'ruthenium']);
      expect([d.nd.isGroup, d.nd.group.id]).toEqual([false, 'rare-earth-elements']);
    });

    it('resolves node(id:) across types, and null for an unknown id', async () => {
      const d = await data(store, `{
        m: node(id: "gallium") { __typename id }
        c: node(id: "CHN") { __typename id }
        e: node(id: "USA-2025") { __typename id }
        s: node(id: "usgs-mcs-2025") { __typename id }
        none: node(id: "unobtainium") { id }
        nm: mineral(id: "unobtainium") { id }
        wrongType: mineral(id: "USA") { id }
      }`);
      expect(d).toEqual({
        m: { __typename: 'Mineral', id: 'gallium' },
        c: { __typename: 'Country', id: 'CHN' },
        e: { __typename: 'ListEdition', id: 'USA-2025' },
        s: { __typename: 'Source', id: 'usgs-mcs-2025' },
        none: null,
        nm: null,
        wrongType: null,
      });
    });

    it('cites sources for entities and facts', async () => {
      const d = await data(store, `{ mineral(id: "gallium") { nameZh symbol sources { id } listedIn { edition { id } asPublished sources { id kind } } } }`);
      expect(d.mineral.nameZh).toBe('镓');
      expect(d.mineral.symbol).toBe('Ga');
      expect(d.mineral.sources.length).toBeGreaterThan(0);
      const us2022 = d.mineral.listedIn.find((l: { edition: { id: string } }) => l.edition.id === 'USA-2022');
      expect(us2022.sources.length).toBeGreaterThan(0);
    });

    it('pages minerals with a total count and cursors', async () => {
      const p1 = await data(store, `{ minerals(first: 10) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`);
      expect(p1.minerals.edges).toHaveLength(10);
      expect(p1.minerals.totalCount).toBeGreaterThan(100);
      const p2 = await data(store, `query($after: String) { minerals(first: 10, after: $after) { edges { node { id } } } }`, {
        after: p1.minerals.pageInfo.endCursor,
      });
      const ids1 = p1.minerals.edges.map((e: { node: { id: string } }) => e.node.id);
      const ids2 = p2.minerals.edges.map((e: { node: { id: string } }) => e.node.id);
      expect(ids2[0] > ids1[9]).toBe(true);
      expect(new Set([...ids1, ...ids2]).size).toBe(20);
    });

    it('rejects bad arguments with BAD_USER_INPUT', async () => {
      const r = await execute(store, `{ minerals(first: -1) { totalCount } }`);
      expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0].message).toMatch(/from 0 to 100/);
      const c = await execute(store, `{ minerals(after: "garbage") { totalCount } }`);
      expect(c.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });
}
