import { beforeAll, expect, it } from 'vitest';
import { countGraph, loadSeeds } from '../../src/seeds/load.js';
import { SEEDS_DIR } from '../../src/store/create.js';
import type { GraphStore } from '../../src/store/port.js';
import { data, execute } from '../support/graphql.js';
import { forEachSeededBackend } from '../support/stores.js';

/**
 * The conformance suite: written once, run against every backend present. Kùzu
 * always runs; Neo4j runs when NEO4J_URI is set and shows as skipped otherwise.
 */
forEachSeededBackend('conformance', (getStore) => {
  let store: GraphStore;
  beforeAll(() => {
    store = getStore();
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

  it('gives a mineral its import reliance, ranked import sources, producers and concentration (USGS MCS)', async () => {
    const d = await data(store, `{ mineral(id: "gallium") {
      importReliance { year text percent sources { id } }
      importSources(period: "2020-2023") { rank period sharePercent country { id } }
      producers { year type sharePercent country { id } }
      productionConcentration
    } }`);
    const m = d.mineral;
    // MCS2024 and MCS2025 (Fig2 and the gallium salient files): 100% in every year 2019-2024.
    expect(m.importReliance.map((r: { year: number; text: string }) => `${r.year}:${r.text}`)).toEqual(
      ['2019:100', '2020:100', '2021:100', '2022:100', '2023:100', '2024:100'],
    );
    expect(m.importReliance.every((r: { sources: unknown[] }) => r.sources.length > 0)).toBe(true);
    // MCS2025 Fig2 prints "Japan, China, Germany, Canada" for 2020-2023, in descending order of share.
    expect(m.importSources.map((s: { country: { id: string } }) => s.country.id)).toEqual(['JPN', 'CHN', 'DEU', 'CAN']);
    expect(m.importSources[0]).toMatchObject({ rank: 1, period: '2020-2023', sharePercent: null });
    expect(m.producers[0]).toMatchObject({ year: 2024, country: { id: 'CHN' } });
    expect(m.productionConcentration).toBeGreaterThan(9000);
    expect(m.productionConcentration).toBeLessThanOrEqual(10000);
  });

  it('dates alliance memberships and answers them as of a date', async () => {
    const d = await data(store, `{ alliance(id: "msp") {
      acronym aliases
      founders: members(asOf: "2022") { country { id } role }
      end2023: members(asOf: "2023-12-31") { country { id } since }
      all: members { country { id } since verification }
    } }`);
    const ids = (ms: { country: { id: string } }[]) => ms.map((m) => m.country.id).sort();
    expect(d.alliance.aliases).toContain('金属北约');
    expect(ids(d.alliance.founders)).toEqual(['AUS', 'CAN', 'DEU', 'EUU', 'FIN', 'FRA', 'GBR', 'JPN', 'KOR', 'SWE', 'USA']);
    expect(ids(d.alliance.end2023)).toEqual([...ids(d.alliance.founders), 'IND', 'ITA', 'NOR'].sort());
    expect(d.alliance.all.find((m: { country: { id: string } }) => m.country.id === 'EST')).toMatchObject({ since: '2024-03-03' });
  });

  it('links policies to what they act on, and investments to funder, programme and minerals', async () => {
    const d = await data(store, `{
      policy(id: "eo-13953") { kind number date administration issuer { id } minerals { id } links { type from { id } to { id } } }
      policies(first: 100) { totalCount }
      alliances(first: 100) { totalCount }
      node(id: "usa-dod-dpa-domestic-battery-minerals-2019") {
        ... on Investment { date funder { id } program { id } minerals { id } }
      }
    }`);
    expect(d.policy).toMatchObject({ kind: 'executive-order', number: '13953', date: '2020-09', administration: 'Trump-1', issuer: { id: 'USA' } });
    const links = d.policy.links.map((l: { type: string; from: { id: string }; to: { id: string } }) => `${l.from.id} ${l.type} ${l.to.id}`);
    expect(links).toEqual(expect.arrayContaining(['eo-13953 TARGETS CHN', 'eo-13953 NAMES rare-earth-elements']));
    expect(d.policies.totalCount).toBeGreaterThanOrEqual(60);
    expect(d.alliances.totalCount).toBeGreaterThanOrEqual(17);
    expect(d.node).toMatchObject({ date: '2019-06', funder: { id: 'usa-dod' }, program: { id: 'usa-defense-production-act' } });
    expect(d.node.minerals.map((m: { id: string }) => m.id).sort()).toEqual(['cobalt', 'graphite', 'lithium']);
  });

  it('rejects bad arguments with BAD_USER_INPUT', async () => {
    const r = await execute(store, `{ minerals(first: -1) { totalCount } }`);
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].message).toMatch(/from 0 to 100/);
    const c = await execute(store, `{ minerals(after: "garbage") { totalCount } }`);
    expect(c.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
