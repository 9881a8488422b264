import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvObjects, parseCsv } from '../../src/seeds/csv.js';
import { SEEDS_DIR } from '../../src/store/create.js';
import { Loaders } from '../../src/repo/loaders.js';
import { searchCandidates } from '../../src/repo/search.js';
import type { Context } from '../../src/graphql/context.js';
import { editionData, editionLists, type EditionData } from '../../src/graphql/resolvers/explore/list-data.js';
import type { GraphStore } from '../../src/store/port.js';
import { BENCH_STATEMENTS } from '../../src/store/statements/bench.js';
import { data, execute } from '../support/graphql.js';
import { describeOnBackend, seededStore } from '../support/stores.js';

/** The seeds, read directly: the true answers the API must compute. */
function seed(file: string): Record<string, string>[] {
  return csvObjects(parseCsv(fs.readFileSync(path.join(SEEDS_DIR, file), 'utf8'))).map((r) => r.values);
}
const listings = seed('listings.csv');
const editionsCsv = seed('list_editions.csv');
const groupsCsv = seed('mineral_groups.csv');
const onList = (edition: string) => new Set(listings.filter((l) => l.edition === edition).map((l) => l.mineral));
const membersOf = (group: string) => groupsCsv.filter((g) => g.group === group).map((g) => g.member).sort();
const groupsOf = (member: string) => groupsCsv.filter((g) => g.member === member).map((g) => g.group);
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
/**
 * The status src/domain/lists.ts should give, computed here from the CSVs: named; through a
 * group it belongs to, or (a group) through a listed group holding all its members (HREE
 * through rare-earth-elements); a group some of whose members are named or in a listed
 * group; else not listed. `whole`: every member covered.
 */
function expectedPosition(m: string, s: Set<string>): { status: string; via: string[]; whole: boolean } {
  if (s.has(m)) return { status: 'LISTED', via: [], whole: true };
  const members = membersOf(m);
  const listedGroups = (x: string) => groupsOf(x).filter((g) => g !== m && s.has(g));
  const holding = members.length ? listedGroups(members[0]!).filter((g) => members.every((x) => listedGroups(x).includes(g))) : [];
  const via = [...new Set([...listedGroups(m), ...holding])].sort();
  if (via.length) return { status: 'VIA_GROUP', via, whole: true };
  const parts = [...new Set([...members.filter((x) => s.has(x)), ...members.flatMap(listedGroups)])].sort();
  if (parts.length) return { status: 'MEMBERS_LISTED', via: parts, whole: members.every((x) => s.has(x) || listedGroups(x).length > 0) };
  return { status: 'NOT_LISTED', via: [], whole: false };
}

async function errorCode(store: GraphStore, query: string): Promise<[unknown, string]> {
  const r = await execute(store, query);
  expect(r.errors, query).toBeDefined();
  return [r.errors![0].extensions?.code, r.errors![0].message];
}

describeOnBackend('search, list diffs, list comparisons and list positions', () => {
  let store: GraphStore;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ store, dispose } = await seededStore());
  });
  afterAll(async () => dispose());

  describe('search', () => {
    const q = (text: string, first?: number) =>
      `{ search(text: ${JSON.stringify(text)}${first === undefined ? '' : `, first: ${first}`}) { score matched node { __typename id } } }`;

    it('finds gallium by its Chinese name, msp by its Chinese alias, its full name and its acronym, first', async () => {
      const d = await data(store, `{
        ga: search(text: "镓") { score matched node { __typename id } }
        zh: search(text: "金属北约") { score matched node { __typename id } }
        en: search(text: "Minerals Security Partnership") { score matched node { __typename id } }
        ac: search(text: "msp") { score matched node { __typename id } }
        up: search(text: "  MSP ") { node { id } }
      }`);
      expect(d.ga[0]).toEqual({ score: 1, matched: '镓', node: { __typename: 'Mineral', id: 'gallium' } });
      expect(d.zh[0]).toEqual({ score: 1, matched: '金属北约', node: { __typename: 'Alliance', id: 'msp' } });
      expect(d.en[0]).toEqual({ score: 1, matched: 'Minerals Security Partnership', node: { __typename: 'Alliance', id: 'msp' } });
      expect(d.ac[0].node).toEqual({ __typename: 'Alliance', id: 'msp' });
      expect(d.ac[0].score).toBe(1);
      expect(d.up[0].node.id).toBe('msp');
    });

    it('ranks exact, then prefix, then word prefix, then contains; ties by type, then id', async () => {
      const d = await data(store, q('gall'));
      expect(d.search[0]).toEqual({ score: 0.8, matched: 'Gallium', node: { __typename: 'Mineral', id: 'gallium' } });
      const order = ['Mineral', 'Country', 'ListEdition', 'Policy', 'Alliance', 'Agency', 'Company', 'Investment', 'Source'];
      const many = (await data(store, q('critical', 100))).search as { score: number; node: { __typename: string; id: string } }[];
      expect(many.length).toBeGreaterThan(10);
      for (let i = 1; i < many.length; i++) {
        const [a, b] = [many[i - 1], many[i]];
        const key = (h: typeof a) => [-h.score, order.indexOf(h.node.__typename), h.node.id] as const;
        const [ka, kb] = [key(a), key(b)];
        const cmp = ka[0] - kb[0] || ka[1] - kb[1] || ka[2].localeCompare(kb[2]);
        expect(cmp, `${a.node.id} before ${b.node.id}`).toBeLessThan(0);
      }
      // Every type is reachable: a country by its id, a list edition by its id, an agency by its acronym.
      const types = await data(store, `{
        c: search(text: "usa", first: 1) { node { __typename id } }
        e: search(text: "usa-2022", first: 1) { node { __typename id } }
        a: search(text: "usgs", first: 1) { node { __typename id } }
      }`);
      expect(types.c[0].node).toEqual({ __typename: 'Country', id: 'USA' });
      expect(types.e[0].node).toEqual({ __typename: 'ListEdition', id: 'USA-2022' });
      expect(types.a[0].node.__typename).toBe('Agency');
    });

    it('caps hits at `first` (default 20) and reads the store once for the candidates, then once per type among the hits', async () => {
      const before = store.stats.statements;
      const d = await data(store, q('a'));
      const types = new Set(d.search.map((h: { node: { __typename: string } }) => h.node.__typename));
      expect(types.size).toBeGreaterThan(1);
      expect(store.stats.statements - before).toBe(1 + types.size);
      expect(d.search).toHaveLength(20);
      expect((await data(store, q('a', 3))).search).toHaveLength(3);
      expect((await data(store, q('no such thing anywhere'))).search).toEqual([]);
    });

    it('ranks every hit up to the cap from one unranked read, and reads a broader text again, best tiers first', async () => {
      const t = 'mineral';
      // Every hit, by the benchmark's bare statement (no limit, no order).
      const all = (await store.read({ name: BENCH_STATEMENTS.benchSearch, params: { text: t } })).map((r) => ({ id: String(r.id), text: String(r.text) }));
      const k = all.length;
      expect(k).toBeGreaterThan(5);
      let before = store.stats.statements;
      const every = await searchCandidates(new Loaders(store), t, k);
      expect(store.stats.statements - before).toBe(1);
      expect(every.map((c) => c.id).sort()).toEqual(all.map((h) => h.id).sort());
      // One under: the tiered read, which keeps exact lines, then line prefixes, then the rest, by id.
      const tier = (text: string) => {
        const lines = text.split('\n');
        return lines.includes(t) ? 0 : lines.some((l) => l.startsWith(t)) ? 1 : 2;
      };
      const best = [...all].sort((a, b) => tier(a.text) - tier(b.text) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      // The cut is by tier, not by id alone.
      const byId = all.map((h) => h.id).sort();
      expect(best.slice(0, 3).map((h) => h.id)).not.toEqual(byId.slice(0, 3));
      before = store.stats.statements;
      const cut = await searchCandidates(new Loaders(store), t, 3);
      expect(store.stats.statements - before).toBe(2);
      expect(cut.map((c) => c.id).sort()).toEqual(best.slice(0, 3).map((h) => h.id).sort());
    });

    it('answers hits that select only the node’s id and type from the candidates, in one round trip, as the whole read does', async () => {
      const ask = (node: string, extra = '') => `{ search(text: "a", first: 30) { score ${extra} node { ${node} } } }`;
      let before = store.stats.statements;
      const lean = (await data(store, ask('__typename id label'))).search;
      expect(store.stats.statements - before).toBe(1);
      before = store.stats.statements;
      const whole = (await data(store, ask('__typename id label displayName', 'matched'))).search;
      expect(store.stats.statements - before).toBeGreaterThan(1);
      expect(lean).toHaveLength(30);
      expect(new Set(lean.map((h: { node: { label: string } }) => h.node.label)).size).toBeGreaterThan(1);
      expect(whole.map(({ matched, node: { displayName, ...node }, ...h }: any) => ({ ...h, node }))).toEqual(lean);
    });

    it('refuses blank or over-long text and a `first` over 100 with BAD_USER_INPUT', async () => {
      expect(await errorCode(store, q('  '))).toEqual(['BAD_USER_INPUT', expect.stringMatching(/at least one character/)]);
      expect(await errorCode(store, q('x'.repeat(201)))).toEqual(['BAD_USER_INPUT', expect.stringMatching(/at most 200/)]);
      expect(await errorCode(store, q('gallium', 101))).toEqual(['BAD_USER_INPUT', expect.stringMatching(/0 to 100/)]);
    });

    it('treats the text as data, not Cypher', async () => {
      const d = await data(store, q("' OR 1=1 RETURN n //"));
      expect(d.search).toEqual([]);
    });
  });

  describe('listDiff', () => {
    const diff = (from: string, to: string) => `{ listDiff(from: "${from}", to: "${to}") {
      from { id } to { id } added { id } removed { id } unchanged { id }
      regrouped { group { id } members { id } direction } } }`;

    it('USA-2022 → USA-2025 adds the ten of the final 2025 list and removes nothing', async () => {
      const d = (await data(store, diff('USA-2022', 'USA-2025'))).listDiff;
      expect(ids(d.added)).toEqual([
        'boron', 'copper', 'lead', 'metallurgical-coal', 'phosphate-rock', 'potash', 'rhenium', 'silicon', 'silver', 'uranium',
      ]);
      expect(d.removed).toEqual([]);
      expect(d.regrouped).toEqual([]);
      expect(ids(d.unchanged).sort()).toEqual([...onList('USA-2022')].sort());
    });

    it('USA-2018 → USA-2022: nickel and zinc added, five removed, rare earths and PGMs split, not added and removed', async () => {
      const d = (await data(store, diff('USA-2018', 'USA-2022'))).listDiff;
      expect([d.from.id, d.to.id]).toEqual(['USA-2018', 'USA-2022']);
      expect(ids(d.added)).toEqual(['nickel', 'zinc']);
      expect(ids(d.removed)).toEqual(['helium', 'potash', 'rhenium', 'strontium', 'uranium']);
      expect(d.regrouped).toEqual([
        { group: { id: 'platinum-group-metals' }, members: membersOf('platinum-group-metals').map((id) => ({ id })), direction: 'SPLIT' },
        { group: { id: 'rare-earth-elements' }, members: membersOf('rare-earth-elements').map((id) => ({ id })), direction: 'SPLIT' },
      ]);
      // The split members, as the published change list names them.
      expect(membersOf('rare-earth-elements')).toEqual([
        'cerium', 'dysprosium', 'erbium', 'europium', 'gadolinium', 'holmium', 'lanthanum', 'lutetium', 'neodymium', 'praseodymium',
        'samarium', 'terbium', 'thulium', 'ytterbium', 'yttrium',
      ]);
      expect(membersOf('platinum-group-metals')).toEqual(['iridium', 'palladium', 'platinum', 'rhodium', 'ruthenium']);
      // 35 = 28 unchanged + 5 removed + 2 groups; 50 = 28 + 2 added + 20 members.
      expect(d.unchanged).toHaveLength(28);
      expect(d.unchanged.length + d.removed.length + d.regrouped.length).toBe(onList('USA-2018').size);
      expect(d.unchanged.length + d.added.length + d.regrouped.flatMap((r: { members: unknown[] }) => r.members).length).toBe(onList('USA-2022').size);
    });

    it('reversed, the groups are MERGED and added and removed swap', async () => {
      const d = (await data(store, diff('USA-2022', 'USA-2018'))).listDiff;
      expect(ids(d.added)).toEqual(['helium', 'potash', 'rhenium', 'strontium', 'uranium']);
      expect(ids(d.removed)).toEqual(['nickel', 'zinc']);
      expect(d.regrouped.map((r: { group: { id: string }; direction: string }) => [r.group.id, r.direction])).toEqual([
        ['platinum-group-metals', 'MERGED'],
        ['rare-earth-elements', 'MERGED'],
      ]);
    });

    it('on every pair of editions, places each mineral named on one list only once', async () => {
      const all = editionsCsv.map((e) => e.id);
      for (const [a, b] of [['EUU-2023', 'USA-2025'], ['CHN-2016', 'JPN-2023'], ['EUU-SRM-2024', 'EUU-2023'], ['AUS-2022', 'AUS-2023']]) {
        expect(all).toEqual(expect.arrayContaining([a, b]));
        const d = (await data(store, diff(a, b))).listDiff;
        const regroupedIds = new Set(d.regrouped.flatMap((r: { group: { id: string }; members: { id: string }[] }) => [r.group.id, ...ids(r.members)]));
        const [A, B] = [onList(a), onList(b)];
        expect(new Set(ids(d.unchanged))).toEqual(new Set([...A].filter((m) => B.has(m))));
        for (const m of ids(d.added)) expect(A.has(m) || regroupedIds.has(m), `${a}→${b} added ${m}`).toBe(false);
        for (const m of ids(d.removed)) expect(B.has(m) || regroupedIds.has(m), `${a}→${b} removed ${m}`).toBe(false);
        for (const m of [...A, ...B].filter((x) => !(A.has(x) && B.has(x)))) {
          const n = [ids(d.added).includes(m), ids(d.removed).includes(m), regroupedIds.has(m)].filter(Boolean).length;
          expect(n, `${a}→${b}: ${m}`).toBeGreaterThanOrEqual(1);
        }
      }
    });

    it('is null for an unknown id or an id that is not a list edition', async () => {
      const d = await data(store, `{
        a: listDiff(from: "USA-1999", to: "USA-2022") { added { id } }
        b: listDiff(from: "USA-2022", to: "gallium") { added { id } }
      }`);
      expect(d).toEqual({ a: null, b: null });
    });

    it('answers the same whether it reads the minerals lean (id and name selected) or whole (another field selected)', async () => {
      const shape = (extra: string) => `{ listDiff(from: "USA-2018", to: "EUU-2023") {
        added { id name ${extra} } removed { id name ${extra} } unchanged { id name ${extra} }
        regrouped { group { id name ${extra} } members { id name ${extra} } direction } } }`;
      const lean = (await data(store, shape(''))).listDiff;
      const whole = (await data(store, shape('nameZh'))).listDiff;
      const strip = (v: unknown): unknown =>
        Array.isArray(v) ? v.map(strip) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).filter(([k]) => k !== 'nameZh').map(([k, x]) => [k, strip(x)])) : v;
      expect(lean.added.length + lean.removed.length).toBeGreaterThan(0);
      expect(lean.regrouped.length).toBeGreaterThan(0);
      expect(whole.unchanged.some((m: { nameZh: string | null }) => typeof m.nameZh === 'string')).toBe(true);
      expect(strip(whole)).toEqual(lean);
    });

    it('costs a fixed number of statements, read in one stage', async () => {
      const before = { statements: store.stats.statements, roundTrips: store.stats.roundTrips };
      await data(store, diff('USA-2018', 'USA-2025'));
      // Lean (ids asked for), on Neo4j: a row per mineral with its editions and groups, which also
      // says which ids are editions; on Kùzu, the editions, the entries, the groups on the editions
      // and the members of those listed, each on its own.
      expect(store.stats.statements - before.statements).toBe(store.backend === 'neo4j' ? 1 : 4);
      expect(store.stats.roundTrips - before.roundTrips).toBe(store.backend === 'neo4j' ? 1 : 4);
      // Editions asked for more than their ids are read beside it: one stage, one round trip on Neo4j.
      const mid = { statements: store.stats.statements, roundTrips: store.stats.roundTrips };
      await data(store, `{ listDiff(from: "USA-2018", to: "USA-2025") { from { title } to { title } added { id } } }`);
      expect(store.stats.statements - mid.statements).toBe(store.backend === 'neo4j' ? 2 : 4);
      expect(store.stats.roundTrips - mid.roundTrips).toBe(store.backend === 'neo4j' ? 1 : 4);
    });

    it('answers the same whether it reads the editions whole or learns them from the lists', async () => {
      const shape = (extra: string) => `{ listDiff(from: "USA-2018", to: "USA-2022") {
        from { id ${extra} } to { id ${extra} } added { id } removed { id } unchanged { id } regrouped { group { id } members { id } direction } } }`;
      const byLists = (await data(store, shape(''))).listDiff;
      const whole = (await data(store, shape('title year'))).listDiff;
      expect([whole.from.year, whole.to.year]).toEqual([2018, 2022]);
      expect({ ...whole, from: { id: whole.from.id }, to: { id: whole.to.id } }).toEqual(byLists);
      // Either way an id that is not a list edition gives null.
      const none = await data(store, `{
        a: listDiff(from: "USA-2018", to: "gallium") { from { id } added { id } }
        b: listDiff(from: "USA-2018", to: "gallium") { from { title } added { id } }
        c: listDiff(from: "nowhere", to: "USA-2018") { to { id } unchanged { id } } }`);
      expect(none).toEqual({ a: null, b: null, c: null });
    });

    it('reads the same entries, minerals and groups in one statement a row per mineral as in three', async () => {
      const ctx = { store, loaders: new Loaders(store), requestId: 'test' } as unknown as Context;
      for (const eds of [['USA-2018', 'USA-2025'], ['EUU-2023', 'USA-2025', 'CHN-2016']]) {
        const one = await editionLists(ctx, eds);
        const three = await editionData(ctx, eds);
        expect(one.minerals.size).toBeGreaterThan(20);
        expect([...one.groups.membersOf.keys()].length).toBeGreaterThan(1);
        // The one statement reads no text as printed (listDiff prints none): entries compare by mineral.
        const plain = (d: EditionData) => ({
          entries: [...d.entries].map(([e, m]) => [e, [...m.keys()].sort()]),
          minerals: [...d.minerals.values()].map((m) => [m.id, m.name]).sort(),
          membersOf: [...d.groups.membersOf].sort(),
          groupsOf: [...d.groups.groupsOf].sort(),
        });
        expect(plain(one)).toEqual(plain(three));
        // The entries are the listings, as printed.
        for (const e of eds) expect(new Set(one.entries.get(e)!.keys())).toEqual(onList(e));
        // It says which ids are list editions.
        expect(one.found).toEqual(new Set(eds));
        expect((await editionLists(ctx, [eds[0], 'gallium', 'nowhere'])).found).toEqual(new Set([eds[0]]));
      }
    });
  });

  describe('compareLists', () => {
    it('puts every mineral of USA-2025, EUU-2023 and CHN-2016 side by side, as the listings say', async () => {
      const eds = ['USA-2025', 'EUU-2023', 'CHN-2016'];
      const d = (await data(store, `{ compareLists(editions: ${JSON.stringify(eds)}) {
        editions { id } rows { mineral { id } on via positions { status } } } }`)).compareLists;
      expect(ids(d.editions)).toEqual(eds);
      const named = eds.map(onList);
      const union = new Set(named.flatMap((s) => [...s]));
      expect(ids(d.rows.map((r: { mineral: { id: string } }) => r.mineral))).toEqual([...union].sort());
      for (const row of d.rows as { mineral: { id: string }; on: boolean[]; via: (string | null)[]; positions: { status: string }[] }[]) {
        named.forEach((s, i) => {
          const m = row.mineral.id;
          const want = expectedPosition(m, s);
          expect(row.on[i], `${m} on ${eds[i]}`).toBe(want.whole);
          expect(row.positions[i].status, `${m} on ${eds[i]}`).toBe(want.status);
          if (!row.on[i]) expect(row.via[i]).toBeNull();
        });
      }
      const ga = d.rows.find((r: { mineral: { id: string } }) => r.mineral.id === 'gallium');
      expect(ga.on).toEqual(eds.map((e) => onList(e).has('gallium')));
    });

    it('names the group through which a mineral is listed', async () => {
      const d = (await data(store, `{ compareLists(editions: ["USA-2018", "USA-2025"]) {
        rows { mineral { id } on via positions { status asPublished via { id } } } } }`)).compareLists;
      const nd = d.rows.find((r: { mineral: { id: string } }) => r.mineral.id === 'neodymium');
      const printed = listings.find((l) => l.edition === 'USA-2018' && l.mineral === 'rare-earth-elements')!.asPublished;
      expect(nd.on).toEqual([true, true]);
      expect(nd.via).toEqual([printed, 'Neodymium']);
      expect(nd.positions[0]).toEqual({ status: 'VIA_GROUP', asPublished: printed, via: [{ id: 'rare-earth-elements' }] });
      const ree = d.rows.find((r: { mineral: { id: string } }) => r.mineral.id === 'rare-earth-elements');
      // USA-2025 names all 15 rare earth elements one by one: the group is on it whole.
      expect(ree.on).toEqual([true, true]);
      expect(ree.positions[1].status).toBe('MEMBERS_LISTED');
      expect(ids(ree.positions[1].via)).toEqual(membersOf('rare-earth-elements'));
    });

    it('onlyIn gives what is on one edition and on no other: on USA-2025 but not EUU-2023 equals listDiff added', async () => {
      const d = await data(store, `{
        c: compareLists(editions: ["USA-2025", "EUU-2023"]) { us: onlyIn(edition: "USA-2025") { id } eu: onlyIn(edition: "EUU-2023") { id } }
        d: listDiff(from: "EUU-2023", to: "USA-2025") { added { id } removed { id } }
      }`);
      expect(ids(d.c.us)).toEqual(ids(d.d.added));
      expect(ids(d.c.eu)).toEqual(ids(d.d.removed));
      expect(ids(d.c.us)).toEqual(expect.arrayContaining(['indium', 'zinc']));
      for (const m of ids(d.c.us)) expect(onList('EUU-2023').has(m), m).toBe(false);
    });

    it('refuses an empty list, more than 10 editions, repeats and an onlyIn edition not compared; null for an unknown edition', async () => {
      const eleven = JSON.stringify(editionsCsv.slice(0, 11).map((e) => e.id));
      expect(await errorCode(store, '{ compareLists(editions: []) { rows { on } } }')).toEqual(['BAD_USER_INPUT', expect.stringMatching(/1 to 10/)]);
      expect(await errorCode(store, `{ compareLists(editions: ${eleven}) { rows { on } } }`)).toEqual(['BAD_USER_INPUT', expect.stringMatching(/got 11/)]);
      expect(await errorCode(store, '{ compareLists(editions: ["USA-2025", "USA-2025"]) { rows { on } } }')).toEqual([
        'BAD_USER_INPUT', expect.stringMatching(/USA-2025 is given twice/),
      ]);
      expect(await errorCode(store, '{ compareLists(editions: ["USA-2025", "EUU-2023"]) { onlyIn(edition: "CHN-2016") { id } } }')).toEqual([
        'BAD_USER_INPUT', expect.stringMatching(/one of the compared editions \(USA-2025, EUU-2023\)/),
      ]);
      expect((await data(store, '{ compareLists(editions: ["USA-2025", "XXX-2000"]) { rows { on } } }')).compareLists).toBeNull();
    });
  });

  describe('Mineral.listPositions', () => {
    const latest = (() => {
      const best = new Map<string, Record<string, string>>();
      for (const e of editionsCsv) {
        const s = e.id.replace(/-\d{4}$/, '');
        const cur = best.get(s);
        if (!cur || Number(e.year) > Number(cur.year) || (e.year === cur.year && (e.published ?? '') > (cur.published ?? ''))) best.set(s, e);
      }
      return [...best.values()].map((e) => e.id).sort();
    })();

    it('gives each mineral its place on the latest edition of every list, as the listings say', async () => {
      expect(latest).toEqual(expect.arrayContaining(['USA-2025', 'USA-DOE-2023', 'EUU-2023', 'EUU-SRM-2024', 'AUS-2024', 'CAN-2024', 'CHN-2016']));
      expect(latest).not.toContain('USA-2022');
      const d = await data(store, `{
        ga: mineral(id: "gallium") { listPositions { edition { id } status asPublished via { id } } }
        nd: mineral(id: "neodymium") { listPositions { edition { id } status asPublished via { id } } }
        ree: mineral(id: "rare-earth-elements") { listPositions { edition { id } status asPublished via { id } } }
      }`);
      for (const [key, m] of [['ga', 'gallium'], ['nd', 'neodymium'], ['ree', 'rare-earth-elements']] as const) {
        const positions = d[key].listPositions as { edition: { id: string }; status: string; asPublished?: string; via: { id: string }[] }[];
        expect(positions.map((p) => p.edition.id)).toEqual(latest);
        for (const p of positions) {
          const s = onList(p.edition.id);
          const expected = expectedPosition(m, s);
          const want = expected.status;
          expect(p.status, `${m} on ${p.edition.id}`).toBe(want);
          if (want === 'LISTED') {
            expect(p.asPublished).toBe(listings.find((l) => l.edition === p.edition.id && l.mineral === m)!.asPublished || null);
          }
          if (want !== 'LISTED') expect(ids(p.via), `${m} on ${p.edition.id}`).toEqual(expected.via);
        }
      }
      const nd = d.nd.listPositions as { edition: { id: string }; status: string; via: { id: string }[] }[];
      expect(nd.find((p) => p.edition.id === 'USA-2025')!.status).toBe('LISTED');
      expect(nd.find((p) => p.edition.id === 'EUU-SRM-2024')).toMatchObject({ status: 'VIA_GROUP', via: [{ id: 'rare-earth-elements-for-permanent-magnets' }] });
      expect(d.ree.listPositions.find((p: { edition: { id: string } }) => p.edition.id === 'USA-2025').status).toBe('MEMBERS_LISTED');
    });

    it('costs the same fixed number of round trips for 3 minerals or 100', async () => {
      const q = (n: number) => `{ minerals(first: ${n}) { edges { node { id listPositions { edition { id year } status via { id name } } } } } }`;
      const trips = async (n: number) => {
        const before = store.stats.statements;
        const d = await data(store, q(n));
        return { trips: store.stats.statements - before, minerals: d.minerals.edges.length };
      };
      const few = await trips(3);
      const many = await trips(100);
      expect(many.minerals).toBeGreaterThan(few.minerals);
      // The minerals; every list edition (once); what puts each mineral on any list (one batch).
      expect(few.trips).toBe(3);
      expect(many.trips).toBe(3);
    });
  });
});
