/**
 * The connections' `where` and `orderBy` (src/graphql/filters/), on Kùzu with the
 * seeds loaded. Expected answers come from the seed files (listings, memberships,
 * policies, links) or from the graph's own USGS relationships read through the
 * relationship statements; a few USGS answers are also hand-checked against the
 * copied CSVs, cited where they are written out.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heldOn } from '../../src/domain/dates.js';
import { relianceWithin } from '../../src/graphql/filters/reliance.js';
import { csvObjects, parseCsv } from '../../src/seeds/csv.js';
import { SEEDS_DIR } from '../../src/store/create.js';
import type { GraphStore } from '../../src/store/port.js';
import { STATEMENTS } from '../../src/store/statements.js';
import { isGraphNode, type GraphRel } from '../../src/store/values.js';
import { data, execute } from '../support/graphql.js';
import { describeOnBackend, seededStore } from '../support/stores.js';

const csv = (file: string) => csvObjects(parseCsv(fs.readFileSync(path.join(SEEDS_DIR, file), 'utf8'))).map((r) => r.values);
const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();
const ids = (conn: { edges: { node: { id: string } }[] }) => conn.edges.map((e) => e.node.id);

interface Fact {
  mineral: string;
  other: string;
  props: GraphRel['props'];
}

describeOnBackend('connection filters and ordering', () => {
  let store: GraphStore;
  let dispose: () => Promise<void>;
  let mineralIds: string[];
  let mineralNames: Map<string, string>;
  /** The graph's own USGS facts, read through the relationship statements the fields use. */
  let reliance: Fact[];
  let sources: Fact[];
  let production: Fact[];

  const listings = csv('listings.csv');
  const groups = csv('mineral_groups.csv');
  const editions = csv('list_editions.csv');
  const memberships = csv('memberships.csv');
  const policies = csv('policies.csv');
  const policyLinks = csv('links.policies.csv');
  const listedOn = (edition: string) => sorted(listings.filter((l) => l.edition === edition).map((l) => l.mineral));

  async function facts(statement: string): Promise<Fact[]> {
    const rows = await store.read({ name: statement, params: { ids: mineralIds } });
    // A fact statement returns its relationship's properties as rp_* columns ({{FACT r:TYPE}}).
    const propsOf = (r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).filter(([k]) => k.startsWith('rp_')).map(([k, v]) => [k.slice(3), v]));
    return rows.flatMap((r) => (typeof r.rtype === 'string' && isGraphNode(r.o) ? [{ mineral: String(r.key), other: String(r.o.props.id), props: propsOf(r) }] : []));
  }

  async function errorOf(query: string, variables?: Record<string, unknown>) {
    const r = await execute(store, query, variables);
    expect(r.errors, query).toBeDefined();
    return r.errors![0];
  }

  /** Every page of a connection, following endCursor. */
  async function all(field: string, args: string, selection = 'id'): Promise<{ id: string; [k: string]: unknown }[]> {
    const out: { id: string }[] = [];
    let after: string | null = null;
    for (;;) {
      const d: any = await data(
        store,
        `query($after: String) { c: ${field}(${args ? `${args}, ` : ''}first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${selection} } } } }`,
        { after },
      );
      out.push(...d.c.edges.map((e: { node: { id: string } }) => e.node));
      if (!d.c.pageInfo.hasNextPage) {
        expect(out).toHaveLength(d.c.totalCount);
        return out;
      }
      after = d.c.pageInfo.endCursor;
    }
  }

  beforeAll(async () => {
    ({ store, dispose } = await seededStore());
    const everyMineral = await all('minerals', '', 'id name');
    mineralIds = everyMineral.map((m) => m.id);
    mineralNames = new Map(everyMineral.map((m) => [m.id, String(m.name)]));
    reliance = (await facts(STATEMENTS.mineralReliance)).filter((f) => f.other === 'USA');
    sources = (await facts(STATEMENTS.mineralImportSources)).filter((f) => f.props.importer === 'USA');
    production = await facts(STATEMENTS.mineralProducers);
  });
  afterAll(async () => dispose());

  /** Minerals at 100% reliance whose rank-1 source is China, from the raw facts. */
  function cardAnswer(year: number, period: string): string[] {
    const full = new Set(reliance.filter((f) => f.props.year === year && f.props.percent === 100).map((f) => f.mineral));
    return sorted(sources.filter((f) => f.props.period === period && f.props.rank === 1 && f.other === 'CHN' && full.has(f.mineral)).map((f) => f.mineral));
  }

  const CARD = (extra: string) => `{ minerals(where: {
    importReliance: { importer: "USA", min: 100 ${extra} }
    topImportSource: { importer: "USA", country: "CHN" ${extra} }
  }) { totalCount edges { node { id name } } } }`;

  describe('the design card example', () => {
    it('uses the latest reliance year and the latest import-source period, in the page’s own statement', async () => {
      const latestYear = Math.max(...reliance.map((f) => Number(f.props.year)));
      const latestPeriod = sorted(sources.map((f) => String(f.props.period))).at(-1)!;
      expect([latestYear, latestPeriod]).toEqual([2024, '2020-2023']);
      const before = store.stats.statements;
      const d = await data(store, CARD(''));
      // The compiled page and its totalCount (src/repo/connections/): the latest year and period
      // are flags on the facts (inLatestYear, inLatestPeriod, computed at load), not read first.
      expect(store.stats.statements - before).toBe(2);
      expect(sorted(ids(d.minerals))).toEqual(cardAnswer(2024, '2020-2023'));
      expect(d.minerals.totalCount).toBe(d.minerals.edges.length);
      // Hand-checked in seeds/usgs/mcs2025/MCS2025_Fig2_Net_Import_Reliance.csv: 100 in
      // Net_Import_Reliance_pct_2024 with China first in Major_Import_Sources_2020_2023
      // ("MICA (NATURAL), sheet" is a commodity of its own: sheet-mica).
      expect(ids(d.minerals)).toEqual(['arsenic', 'graphite', 'rubidium', 'sheet-mica', 'tantalum', 'yttrium']);
    });

    it('with year 2023 in both filters reads the 2023 reliance and the 2019-2022 sources (MCS2024)', async () => {
      const d = await data(store, CARD('year: 2023'));
      expect(sorted(ids(d.minerals))).toEqual(cardAnswer(2023, '2019-2022'));
      // Hand-checked in seeds/usgs/mcs2024/MCS2024_Fig2_Net_Import_Reliance.csv (pct_2023, sources 2019_2022).
      expect(ids(d.minerals)).toEqual(['arsenic', 'graphite', 'rubidium', 'sheet-mica', 'tantalum', 'yttrium']);
    });

    it('picks a period explicitly, and a year maps to the four years ending the year before', async () => {
      const q = (arg: string) => `{ minerals(where: { topImportSource: { country: "CHN" ${arg} } }) { edges { node { id } } } }`;
      const byPeriod = await data(store, q('period: "2019-2022"'));
      const byYear = await data(store, q('year: 2023'));
      const expected = sorted(sources.filter((f) => f.props.period === '2019-2022' && f.props.rank === 1 && f.other === 'CHN').map((f) => f.mineral));
      expect(sorted(ids(byPeriod.minerals))).toEqual(expected);
      expect(ids(byYear.minerals)).toEqual(ids(byPeriod.minerals));
      const none = await data(store, q('year: 2021'));
      expect(none.minerals.edges).toEqual([]); // 2017-2020 is not a period the graph holds
    });
  });

  describe('importReliance', () => {
    it('applies min/max to published text by what it implies (>x, <x, E)', async () => {
      const rows2024 = reliance.filter((f) => f.props.year === 2024);
      const expect2024 = (min: number | null, max: number | null) =>
        sorted(rows2024.filter((f) => relianceWithin(f.props.percent as number | null, f.props.text as string, min, max)).map((f) => f.mineral));
      for (const [min, max] of [[50, null], [60, null], [0, null], [null, 25], [null, 100], [25, 75]] as const) {
        const args = [min !== null ? `min: ${min}` : '', max !== null ? `max: ${max}` : ''].join(' ');
        const d = await data(store, `{ minerals(first: 100, where: { importReliance: { ${args} } }) { edges { node { id } } } }`);
        expect(sorted(ids(d.minerals)), args).toEqual(expect2024(min, max));
      }
      const text = (t: string) => rows2024.filter((f) => f.props.text === t).map((f) => f.mineral);
      const min50 = ids((await data(store, `{ minerals(first: 100, where: { importReliance: { min: 50 } }) { edges { node { id } } } }`)).minerals);
      const min0 = ids((await data(store, `{ minerals(first: 100, where: { importReliance: { min: 0 } }) { edges { node { id } } } }`)).minerals);
      const max0 = ids((await data(store, `{ minerals(first: 100, where: { importReliance: { max: 0 } }) { edges { node { id } } } }`)).minerals);
      expect(text('>50').length).toBeGreaterThan(0);
      expect(min50).toEqual(expect.arrayContaining(text('>50'))); // >50 implies at least 50
      expect(text('E').length).toBeGreaterThan(0);
      expect(min0.some((m) => text('E').includes(m))).toBe(false); // a net exporter never meets a min
      expect(max0).toEqual(expect.arrayContaining(text('E'))); // ... and meets every max
    });

    it('without bounds keeps every mineral with a figure that year', async () => {
      const d = await data(store, `{ minerals(first: 100, where: { importReliance: { year: 2019 } }) { totalCount } }`);
      expect(d.minerals.totalCount).toBe(new Set(reliance.filter((f) => f.props.year === 2019).map((f) => f.mineral)).size);
    });
  });

  describe('listedIn', () => {
    it('by edition gives exactly the minerals listings.csv puts on it', async () => {
      const d = await data(store, `{ minerals(first: 100, where: { listedIn: { edition: "USA-2018" } }) { totalCount edges { node { id } } } }`);
      expect(sorted(ids(d.minerals))).toEqual(listedOn('USA-2018'));
      expect(d.minerals.totalCount).toBe(35);
    });

    it('by issuer gives the minerals on any edition that economy issued', async () => {
      for (const issuer of ['USA', 'CHN', 'EUU']) {
        const eds = editions.filter((e) => e.issuer === issuer).map((e) => e.id);
        const d = await data(store, `{ minerals(first: 100, where: { listedIn: { issuer: "${issuer}" } }) { edges { node { id } } } }`);
        expect(sorted(ids(d.minerals)), issuer).toEqual(sorted(eds.flatMap(listedOn)));
      }
    });

    it('counts group membership only with viaGroup: neodymium is on USA-2018 through rare-earth-elements', async () => {
      const direct = listedOn('USA-2018');
      const viaGroup = sorted([...direct, ...groups.filter((g) => direct.includes(g.group)).map((g) => g.member)]);
      const d = await data(store, `{
        plain: minerals(first: 100, where: { listedIn: { edition: "USA-2018" } }) { edges { node { id } } }
        grouped: minerals(first: 100, where: { listedIn: { edition: "USA-2018", viaGroup: true } }) { edges { node { id } } }
      }`);
      expect(ids(d.plain)).not.toContain('neodymium');
      expect(ids(d.grouped)).toContain('neodymium');
      expect(sorted(ids(d.grouped))).toEqual(viaGroup);
    });
  });

  it('producedBy keeps what a country produced in the latest year, with a minimum world share', async () => {
    const latest = Math.max(...production.map((f) => Number(f.props.year)));
    const produced = (f: Fact) =>
      Number(f.props.amount) > 0 || Number(f.props.sharePercent) > 0 || (f.props.amount === null && f.props.text !== 'NA' && f.props.text !== '0');
    const expected = (min: number) =>
      sorted(production.filter((f) => f.other === 'CHN' && f.props.year === latest && produced(f) && (min < 0 || Number(f.props.sharePercent) >= min)).map((f) => f.mineral));
    const d = await data(store, `{
      any: minerals(first: 100, where: { producedBy: { country: "CHN" } }) { edges { node { id } } }
      half: minerals(first: 100, where: { producedBy: { country: "CHN", minShare: 50 } }) { edges { node { id } } }
    }`);
    expect(sorted(ids(d.any))).toEqual(expected(-1));
    expect(sorted(ids(d.half))).toEqual(expected(50));
    expect(ids(d.half)).toContain('gallium');
  });

  it('memberOf MSP as of 2023: the 14 members, the EU included (memberships.csv)', async () => {
    const expected = sorted(memberships.filter((m) => m.alliance === 'msp' && heldOn(m.since || null, m.until || null, '2023')).map((m) => m.country));
    const d = await data(store, `{ countries(where: { memberOf: { alliance: "msp", asOf: "2023" } }) { totalCount edges { node { id } } } }`);
    expect(d.countries.totalCount).toBe(14);
    expect(ids(d.countries)).toEqual(expected);
    expect(ids(d.countries)).toContain('EUU');
    expect(ids(d.countries)).not.toContain('EST'); // joined 2024-03-03
    const ever = await data(store, `{ countries(where: { memberOf: { alliance: "msp" } }) { totalCount } }`);
    expect(ever.countries.totalCount).toBe(memberships.filter((m) => m.alliance === 'msp').length);
  });

  it('issuedList: economies whose list names a mineral', async () => {
    const expected = sorted(editions.filter((e) => listedOn(e.id).includes('gallium')).map((e) => e.issuer));
    const d = await data(store, `{ countries(where: { issuedList: { contains: "gallium" } }) { edges { node { id } } } }`);
    expect(ids(d.countries)).toEqual(expected);
  });

  it('policies of the Biden administration ordered by date (unknown dates last)', async () => {
    const biden = policies.filter((p) => p.administration === 'Biden');
    const d = await data(store, `{ policies(first: 100, where: { administration: { equals: "Biden" } }, orderBy: { field: DATE, direction: ASC }) {
      totalCount edges { node { id date administration } } } }`);
    expect(d.policies.totalCount).toBe(biden.length);
    expect(sorted(ids(d.policies))).toEqual(sorted(biden.map((p) => p.id)));
    const dates = d.policies.edges.map((e: { node: { date: string | null } }) => e.node.date);
    const known = dates.filter((x: string | null) => x !== null);
    expect(known).toEqual([...known].sort());
    expect(dates.slice(known.length).every((x: string | null) => x === null)).toBe(true);
  });

  it('compares partial dates at the precision both have', async () => {
    const q = (op: string) => `{ policies(first: 100, where: { date: { ${op} } }) { edges { node { id } } } }`;
    const dated = policies.filter((p) => p.date);
    const year = (p: Record<string, string>) => p.date.slice(0, 4);
    expect(sorted(ids((await data(store, q('equals: "2023"'))).policies))).toEqual(sorted(dated.filter((p) => year(p) === '2023').map((p) => p.id)));
    expect(sorted(ids((await data(store, q('gt: "2023"'))).policies))).toEqual(sorted(dated.filter((p) => year(p) > '2023').map((p) => p.id)));
    // `2023-03-15`: a policy dated `2023` or `2023-03` is equal to it, so neither before nor after.
    const lt = sorted(ids((await data(store, q('lt: "2023-03-15"'))).policies));
    const cut = (d: string) => d.slice(0, Math.min(d.length, 10)) < '2023-03-15'.slice(0, d.length);
    expect(lt).toEqual(sorted(dated.filter((p) => cut(p.date)).map((p) => p.id)));
    expect(lt).not.toContain('usa-jpn-critical-minerals-agreement-2023'); // dated 2023-03
  });

  it('relationship filters on editions, policies and alliances', async () => {
    const d = await data(store, `{
      eds: listEditions(where: { contains: "gallium", issuer: { in: ["USA", "EUU"] }, year: { gte: 2022 } }) { edges { node { id } } }
      pols: policies(where: { names: "lithium" }) { edges { node { id } } }
      als: alliances(where: { hasMember: "IND" }) { edges { node { id } } }
    }`);
    expect(ids(d.eds)).toEqual(
      sorted(editions.filter((e) => ['USA', 'EUU'].includes(e.issuer) && Number(e.year) >= 2022 && listedOn(e.id).includes('gallium')).map((e) => e.id)),
    );
    expect(ids(d.pols)).toEqual(sorted(policyLinks.filter((l) => l.type === 'NAMES' && l.to === 'lithium').map((l) => l.from)));
    expect(ids(d.als)).toEqual(sorted(memberships.filter((m) => m.country === 'IND').map((m) => m.alliance)));
  });

  it('combines with AND, OR and NOT, and reads a filter repeated in branches once', async () => {
    const us18 = listedOn('USA-2018');
    const cn16 = listedOn('CHN-2016');
    const groupIds = new Set(groups.map((g) => g.group));
    const before = store.stats.statements;
    const d = await data(store, `{ minerals(first: 100, where: {
      OR: [{ listedIn: { edition: "USA-2018" } }, { listedIn: { edition: "CHN-2016" } }]
      NOT: [{ isGroup: { equals: true } }, { AND: [{ listedIn: { edition: "USA-2018" } }, { listedIn: { edition: "CHN-2016" } }] }]
      AND: [{ name: { startsWith: "t" } }, { OR: [] }]
    }) { edges { node { id } } } }`);
    // One statement: the database decides the whole tree (src/repo/connections/).
    expect(store.stats.statements - before).toBe(1);
    expect(ids(d.minerals)).toEqual([]); // an empty OR holds for nothing
    const d2 = await data(store, `{ minerals(first: 100, where: {
      OR: [{ listedIn: { edition: "USA-2018" } }, { listedIn: { edition: "CHN-2016" } }]
      NOT: [{ isGroup: { equals: true } }, { AND: [{ listedIn: { edition: "USA-2018" } }, { listedIn: { edition: "CHN-2016" } }] }]
      AND: [{ name: { startsWith: "t" } }]
    }) { edges { node { id } } } }`);
    const xor = [...us18, ...cn16].filter((m) => us18.includes(m) !== cn16.includes(m) && !groupIds.has(m));
    const expected = sorted(xor.filter((m) => mineralNames.get(m)!.toLowerCase().startsWith('t')));
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(d2.minerals)).toEqual(expected);
  });

  it('StringFilter: equals and in exact, contains and startsWith ignoring case', async () => {
    const d = await data(store, `{
      a: minerals(where: { name: { contains: "EARTH" } }) { edges { node { id name } } }
      b: minerals(where: { id: { in: ["gallium", "germanium", "nope"] } }) { edges { node { id } } }
      c: minerals(where: { name: { equals: "gallium" } }) { totalCount }
      d: countries(where: { nameZh: { startsWith: "中" } }) { edges { node { id } } }
    }`);
    expect(d.a.edges.length).toBeGreaterThan(0);
    expect(d.a.edges.every((e: { node: { name: string } }) => e.node.name.toLowerCase().includes('earth'))).toBe(true);
    expect(ids(d.b)).toEqual(['gallium', 'germanium']);
    expect(d.c.totalCount).toBe(0);
    expect(ids(d.d)).toContain('CHN');
  });

  describe('orderBy', () => {
    const cases: [string, string, string[]][] = [
      ['minerals', 'id name nameZh', ['ID:id', 'NAME:name', 'NAME_ZH:nameZh']],
      ['countries', 'id name', ['ID:id', 'NAME:name']],
      ['listEditions', 'id year published size', ['ID:id', 'YEAR:year', 'PUBLISHED:published', 'SIZE:size']],
      ['policies', 'id date title kind', ['ID:id', 'DATE:date', 'TITLE:title', 'KIND:kind']],
      ['alliances', 'id acronym founded', ['ID:id', 'ACRONYM:acronym', 'FOUNDED:founded']],
    ];
    const cmp = (a: unknown, b: unknown) => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0);
    for (const [field, selection, orders] of cases) {
      it(`orders ${field} by every allowed field, both ways, unknown values last, ties by id`, async () => {
        const everything = await all(field, '', 'id');
        for (const spec of orders) {
          const [enumValue, prop] = spec.split(':');
          for (const direction of ['ASC', 'DESC']) {
            const got = await all(field, `orderBy: { field: ${enumValue}, direction: ${direction} }`, selection);
            expect(got).toHaveLength(everything.length);
            const sign = direction === 'ASC' ? 1 : -1;
            for (let i = 1; i < got.length; i++) {
              const [a, b] = [got[i - 1], got[i]];
              const [ka, kb] = [a[prop] ?? null, b[prop] ?? null];
              const ok = ka === null ? kb === null && a.id < b.id : kb === null ? true : sign * cmp(ka, kb) < 0 || (cmp(ka, kb) === 0 && a.id < b.id);
              expect(ok, `${field} ${enumValue} ${direction}: ${a.id} (${ka}) before ${b.id} (${kb})`).toBe(true);
            }
          }
        }
      });
    }
  });

  it('pages a filtered, ordered connection with cursors that carry the order', async () => {
    const expected = listedOn('USA-2025');
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const d: any = await data(
        store,
        `query($after: String) { minerals(first: 7, after: $after, where: { listedIn: { edition: "USA-2025" } }, orderBy: { field: NAME, direction: DESC }) {
          totalCount pageInfo { hasNextPage endCursor } edges { node { id name } } } }`,
        { after },
      );
      expect(d.minerals.totalCount).toBe(expected.length);
      seen.push(...ids(d.minerals));
      pages++;
      if (!d.minerals.pageInfo.hasNextPage) break;
      after = d.minerals.pageInfo.endCursor;
    }
    expect(pages).toBe(Math.ceil(expected.length / 7));
    expect(seen).toHaveLength(expected.length);
    expect(sorted(seen)).toEqual(expected);
  });

  describe('rejects bad arguments with BAD_USER_INPUT naming what is allowed', () => {
    it('min above max, percentages outside 0..100', async () => {
      const e = await errorOf(`{ minerals(where: { importReliance: { min: 80, max: 20 } }) { totalCount } }`);
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.message).toMatch(/min.*must not be above.*max/);
      const p = await errorOf(`{ minerals(where: { producedBy: { country: "CHN", minShare: 120 } }) { totalCount } }`);
      expect(p.extensions?.code).toBe('BAD_USER_INPUT');
      expect(p.message).toMatch(/from 0 to 100/);
    });

    it('an empty id or a negative year, which must never widen a filter to "any"', async () => {
      const e = await errorOf(`{ minerals(where: { listedIn: { edition: "" } }) { totalCount } }`);
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.message).toMatch(/listedIn\.edition.*must not be empty.*USA-2022/);
      const y = await errorOf(`{ minerals(where: { importReliance: { year: -1 } }) { totalCount } }`);
      expect(y.extensions?.code).toBe('BAD_USER_INPUT');
      expect(y.message).toMatch(/year.*such as 2024/);
    });

    it('an empty `in` list', async () => {
      const e = await errorOf(`{ listEditions(where: { OR: [{ year: { in: [] } }] }) { totalCount } }`);
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.message).toMatch(/where\.OR\[0\]\.year\.in.*at least one value/);
    });

    it('a where nested deeper than 5 levels (5 is fine)', async () => {
      const nest = (levels: number): string => (levels === 1 ? '{ id: { equals: "gallium" } }' : `{ AND: [${nest(levels - 1)}] }`);
      const ok = await data(store, `{ minerals(where: ${nest(5)}) { totalCount } }`);
      expect(ok.minerals.totalCount).toBe(1);
      const e = await errorOf(`{ minerals(where: ${nest(6)}) { totalCount } }`);
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.message).toMatch(/at most 5 levels/);
    });

    it('a cursor from another orderBy, a malformed cursor, and first outside 0..100', async () => {
      const p1 = await data(store, `{ minerals(first: 5, orderBy: { field: NAME }) { pageInfo { endCursor } } }`);
      const e = await errorOf(`query($after: String) { minerals(first: 5, after: $after, orderBy: { field: NAME_ZH }) { totalCount } }`, {
        after: p1.minerals.pageInfo.endCursor,
      });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.message).toMatch(/Mineral NAME ASC.*Mineral NAME_ZH ASC/);
      const desc = await errorOf(`query($after: String) { minerals(after: $after, orderBy: { field: NAME, direction: DESC }) { totalCount } }`, {
        after: p1.minerals.pageInfo.endCursor,
      });
      expect(desc.extensions?.code).toBe('BAD_USER_INPUT');
      const bad = await errorOf(`{ policies(after: "bm90LWEtY3Vyc29y") { totalCount } }`);
      expect(bad.extensions?.code).toBe('BAD_USER_INPUT');
      expect(bad.message).toMatch(/not a cursor this API issued/);
      for (const first of [-1, 101]) {
        const f = await errorOf(`{ alliances(first: ${first}) { totalCount } }`);
        expect(f.extensions?.code).toBe('BAD_USER_INPUT');
        expect(f.message).toMatch(/from 0 to 100/);
      }
    });

    it('unknown enum values and malformed dates are refused before execution', async () => {
      const e = await errorOf(`{ minerals(orderBy: { field: SYMBOL }) { totalCount } }`);
      expect(e.message).toMatch(/MineralOrderField/);
      const d = await errorOf(`{ policies(where: { date: { gte: "2023-13" } }) { totalCount } }`);
      expect(d.message).toMatch(/YYYY, YYYY-MM or YYYY-MM-DD/);
    });
  });

  it('an unknown id in a filter matches nothing rather than failing', async () => {
    const d = await data(store, `{
      a: minerals(where: { listedIn: { edition: "NOPE-1999" } }) { totalCount }
      b: countries(where: { memberOf: { alliance: "nope" } }) { totalCount }
      c: minerals(where: { importReliance: { importer: "XXX" } }) { totalCount }
    }`);
    expect([d.a.totalCount, d.b.totalCount, d.c.totalCount]).toEqual([0, 0, 0]);
  });
  describe('a where decided from id sets alone (ordered by id) answers as the node-by-node path does', () => {
    // `isGroup: {}` holds for every mineral, but as a scalar condition it sends the
    // request down the path that reads every node, so the two paths can be compared.
    const page = (where: string, extra = '') => `{ minerals(first: 7, where: { ${where} }, orderBy: { field: ID, direction: DESC } ${extra}) {
      totalCount edges { cursor node { id name } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
    const trees = [
      'listedIn: { edition: "USA-2025" }',
      'NOT: [{ listedIn: { edition: "USA-2025" } }]',
      'OR: [{ listedIn: { edition: "USA-2018" } }, { NOT: [{ listedIn: { edition: "CHN-2016" } }] }]',
      'AND: [{ listedIn: { edition: "USA-2022" } }, { NOT: [{ listedIn: { edition: "USA-2025" } }] }]',
      'listedIn: { edition: "USA-2025" }, id: { startsWith: "g" }',
      'OR: [{ listedIn: { edition: "USA-2018" } }, { id: { in: ["gallium", "nope"] } }]',
      'importReliance: { importer: "USA", min: 100 }, topImportSource: { importer: "USA", country: "CHN" }',
      'OR: []',
    ];

    it.each(trees)('%s', async (tree) => {
      let after = '';
      for (let i = 0; i < 30; i++) {
        const fast = (await data(store, page(tree, after))).minerals;
        const slow = (await data(store, page(`${tree}, isGroup: {}`, after))).minerals;
        expect(fast).toEqual(slow);
        if (!fast.pageInfo.hasNextPage) return;
        after = `, after: ${JSON.stringify(fast.pageInfo.endCursor)}`;
      }
      throw new Error('more than 30 pages');
    });

    it('reads only the filter sets (and the ids for a NOT), then only the page\'s nodes', async () => {
      let before = store.stats.statements;
      const d = await data(store, `{ minerals(first: 3, where: { listedIn: { edition: "USA-2025" } }) { totalCount edges { node { id } } } }`);
      expect(store.stats.statements - before).toBe(2); // one statement for the page, one for totalCount (selected)
      expect(d.minerals.totalCount).toBe(listedOn('USA-2025').length);
      expect(ids(d.minerals)).toEqual(listedOn('USA-2025').slice(0, 3));
      before = store.stats.statements;
      const n = await data(store, `{ minerals(first: 100, where: { NOT: [{ listedIn: { edition: "USA-2025" } }] }) { totalCount edges { node { id } } } }`);
      // The page and totalCount, one statement each.
      expect(store.stats.statements - before).toBe(2);
      expect(n.minerals.totalCount).toBe(mineralIds.length - listedOn('USA-2025').length);
      before = store.stats.statements;
      const none = await data(store, `{ minerals(where: { importReliance: { importer: "XXX" } }) { totalCount edges { node { id } } } }`);
      // The page and totalCount, both empty (the importer has no facts, so none of the latest year).
      expect(store.stats.statements - before).toBe(2);
      expect(none.minerals).toEqual({ totalCount: 0, edges: [] });
    });
  });
});
