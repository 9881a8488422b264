import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateBounds } from '../../src/domain/dates.js';
import { REL_TYPE_NAMES } from '../../src/domain/model.js';
import { compareEvents, editionDate, FACT_REL_TYPES, withinRange } from '../../src/domain/timeline.js';
import { csvObjects, parseCsv } from '../../src/seeds/csv.js';
import { CYPHER_DIR, SEEDS_DIR } from '../../src/store/create.js';
import type { GraphStore } from '../../src/store/port.js';
import { data, execute } from '../support/graphql.js';
import { describeOnBackend, seededStore } from '../support/stores.js';

type Rec = Record<string, string>;
const csv = (file: string): Rec[] => csvObjects(parseCsv(fs.readFileSync(path.join(SEEDS_DIR, file), 'utf8'))).map((r) => r.values);
const links = (): Rec[] => [...csv('links.policies.csv'), ...csv('links.alliances.csv')];
const list = (cell: string | undefined) => (cell ? cell.split('|') : []);

interface PathOut {
  length: number;
  nodes: { id: string }[];
  relationships: { type: string; from: { id: string }; to: { id: string }; properties: Record<string, unknown> }[];
}
interface SubgraphOut {
  truncated: boolean;
  nodes: { id: string }[];
  relationships: { type: string; from: { id: string }; to: { id: string } }[];
}
interface EventOut {
  date: string;
  kind: string;
  title: string;
  subject: { id: string };
  related: { id: string }[];
}

const PATH = 'length nodes { id } relationships { type properties from { id } to { id } }';
const SUBGRAPH = 'truncated nodes { id } relationships { type from { id } to { id } }';
const EVENT = 'date kind title subject { id } related { id }';

/** Every node id joined to `id` by a link (not a statistical fact) that seeds/ states, with the link's type. */
function linkedInSeeds(id: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (other: string | undefined, type: string) => {
    if (!other) return;
    out.set(other, [...(out.get(other) ?? []), type]);
  };
  for (const l of links()) {
    if (l.from === id) add(l.to, l.type);
    if (l.to === id) add(l.from, l.type);
  }
  for (const p of csv('policies.csv')) {
    if (p.id === id) { add(p.issuer, 'ISSUED_BY'); add(p.agency, 'PUBLISHED_BY'); }
    if (p.issuer === id) add(p.id, 'ISSUED_BY');
    if (p.agency === id) add(p.id, 'PUBLISHED_BY');
  }
  for (const e of csv('list_editions.csv')) {
    if (e.id === id) { add(e.issuer, 'ISSUED_BY'); add(e.agency, 'PUBLISHED_BY'); }
    if (e.issuer === id) add(e.id, 'ISSUED_BY');
    if (e.agency === id) add(e.id, 'PUBLISHED_BY');
  }
  for (const i of csv('investments.csv')) {
    const ends: [string, string][] = [[i.funder, 'FUNDED_BY'], [i.recipient, 'AWARDED_TO'], [i.program, 'UNDER'], ...list(i.minerals).map((m): [string, string] => [m, 'TARGETS'])];
    for (const [other, type] of ends) {
      if (i.id === id) add(other, type);
      if (other === id) add(i.id, type);
    }
  }
  for (const m of csv('memberships.csv')) {
    if (m.country === id) add(m.alliance, 'MEMBER_OF');
    if (m.alliance === id) add(m.country, 'MEMBER_OF');
  }
  for (const x of [...csv('agencies.csv'), ...csv('companies.csv')]) {
    if (x.id === id) add(x.country, 'BASED_IN');
    if (x.country === id) add(x.id, 'BASED_IN');
  }
  return out;
}

describeOnBackend('paths, neighborhood and timeline (seeds/)', () => {
  let store: GraphStore;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ store, dispose } = await seededStore());
  }, 120_000);
  afterAll(async () => dispose());

  async function errorOf(query: string) {
    const r = await execute(store, query);
    expect(r.errors, query).toBeDefined();
    return r.errors![0];
  }

  function expectWellFormed(p: PathOut, from: string, to: string) {
    expect(p.nodes[0].id).toBe(from);
    expect(p.nodes[p.nodes.length - 1].id).toBe(to);
    expect(p.relationships).toHaveLength(p.length);
    expect(p.nodes).toHaveLength(p.length + 1);
    p.relationships.forEach((r, i) => {
      const ends = [r.from.id, r.to.id].sort();
      expect(ends).toEqual([p.nodes[i].id, p.nodes[i + 1].id].sort());
    });
  }

  describe('paths', () => {
    it('EO 13953 reaches China in one hop: the TARGETS link seeds/links.policies.csv states', async () => {
      const seed = links().find((l) => l.from === 'eo-13953' && l.to === 'CHN');
      expect(seed?.type).toBe('TARGETS');
      const d = await data<{ paths: PathOut[] }>(store, `{ paths(from: "eo-13953", to: "CHN") { ${PATH} } }`);
      expect(d.paths).toHaveLength(1);
      expectWellFormed(d.paths[0], 'eo-13953', 'CHN');
      expect(d.paths[0].relationships[0]).toMatchObject({ type: 'TARGETS', from: { id: 'eo-13953' }, to: { id: 'CHN' } });
    });

    it('Indonesia connects to nickel through its nickel-ore export ban over links, directions kept', async () => {
      const ban = csv('policies.csv').find((p) => p.issuer === 'IDN' && links().some((l) => l.from === p.id && l.type === 'NAMES' && l.to === 'nickel'));
      expect(ban?.id).toBe('idn-nickel-ore-export-ban-2020');
      const d = await data<{ paths: PathOut[] }>(store, `{ paths(from: "IDN", to: "nickel") { ${PATH} } }`);
      expect(d.paths.length).toBeGreaterThan(0);
      for (const p of d.paths) {
        expectWellFormed(p, 'IDN', 'nickel');
        expect(p.length).toBe(2);
        for (const r of p.relationships) expect(FACT_REL_TYPES).not.toContain(r.type);
      }
      const viaBan = d.paths.find((p) => p.nodes[1].id === ban!.id)!;
      expect(viaBan.relationships.map((r) => [r.from.id, r.type, r.to.id])).toEqual([
        [ban!.id, 'ISSUED_BY', 'IDN'],
        [ban!.id, 'NAMES', 'nickel'],
      ]);
    });

    it('with includeFacts, Indonesia produces nickel directly: one path for all the years, shown by the latest', async () => {
      const rows = await store.read({ name: 'meta/rels-between', params: { from: 'IDN', to: 'nickel' } });
      const years = rows.filter((r) => r.type === 'PRODUCES').map((r) => (r.r as { props: { year: number } }).props.year);
      expect(years.length).toBeGreaterThan(1);
      const d = await data<{ paths: PathOut[] }>(store, `{ paths(from: "IDN", to: "nickel", includeFacts: true) { ${PATH} } }`);
      for (const p of d.paths) expectWellFormed(p, 'IDN', 'nickel');
      const produces = d.paths.filter((p) => p.relationships[0].type === 'PRODUCES');
      expect(produces).toHaveLength(1);
      expect(produces[0].length).toBe(1);
      expect(produces[0].relationships[0].properties.year).toBe(Math.max(...years));
    });

    it('keeps to maxHops, caps and orders the paths, and is the same every time', async () => {
      const q = `{ paths(from: "eo-13953", to: "gallium", maxHops: 4) { ${PATH} } }`;
      const d = await data<{ paths: PathOut[] }>(store, q);
      expect(d.paths.length).toBeGreaterThan(0);
      expect(d.paths.length).toBeLessThanOrEqual(20);
      const len = d.paths[0].length;
      for (const p of d.paths) {
        expectWellFormed(p, 'eo-13953', 'gallium');
        expect(p.length).toBe(len);
      }
      expect(await data(store, q)).toEqual(d);
      const short = await data<{ paths: PathOut[] }>(store, `{ paths(from: "eo-13953", to: "gallium", maxHops: ${len - 1}) { length } }`);
      expect(short.paths).toEqual([]);
    });

    it('unknown ids give no paths; a node to itself is the node alone', async () => {
      expect((await data(store, '{ paths(from: "eo-13953", to: "no-such-id") { length } }')).paths).toEqual([]);
      expect((await data(store, '{ paths(from: "no-such-id", to: "CHN") { length } }')).paths).toEqual([]);
      const self = await data<{ paths: PathOut[] }>(store, `{ paths(from: "CHN", to: "CHN") { ${PATH} } }`);
      expect(self.paths).toEqual([{ length: 0, nodes: [{ id: 'CHN' }], relationships: [] }]);
    });

    it('refuses maxHops outside 1..4, naming the range; null means the default', async () => {
      const d = await data<{ paths: PathOut[] }>(store, '{ paths(from: "eo-13953", to: "CHN", maxHops: null, includeFacts: null) { length } }');
      expect(d.paths).toEqual([{ length: 1 }]);
      for (const bad of [0, 5]) {
        const e = await errorOf(`{ paths(from: "IDN", to: "nickel", maxHops: ${bad}) { length } }`);
        expect(e.extensions?.code).toBe('BAD_USER_INPUT');
        expect(e.message).toMatch(/maxHops must be an integer from 1 to 4/);
      }
    });

    it('the links-only statements name every relationship type but the statistical facts', () => {
      const expected = REL_TYPE_NAMES.filter((t) => !FACT_REL_TYPES.includes(t)).sort();
      for (const f of ['kuzu/graph/shortest-paths', 'neo4j/graph/shortest-paths', 'kuzu/graph/expand', 'neo4j/graph/expand']) {
        const text = fs.readFileSync(path.join(CYPHER_DIR, `${f}.cypher`), 'utf8').split('\n').filter((l) => !l.startsWith('//')).join('\n');
        const m = text.match(/\[r?:([A-Z_|]+)/);
        expect(m, f).not.toBeNull();
        expect(m![1].split('|').sort(), f).toEqual(expected);
      }
    });
  });

  describe('neighborhood', () => {
    it('everything linked to EO 13953, as seeds/ states it, three round trips (the ring, its nodes, its relationships)', async () => {
      const expected = linkedInSeeds('eo-13953');
      const before = store.stats.statements;
      const d = await data<{ neighborhood: SubgraphOut }>(store, `{ neighborhood(id: "eo-13953") { ${SUBGRAPH} } }`);
      expect(store.stats.statements - before).toBe(3);
      const g = d.neighborhood;
      expect(g.truncated).toBe(false);
      expect(g.nodes[0].id).toBe('eo-13953');
      expect(g.nodes.slice(1).map((n) => n.id).sort()).toEqual([...expected.keys()].sort());
      expect(g.relationships.map((r) => r.type).sort()).toEqual([...expected.values()].flat().sort());
      for (const r of g.relationships) expect([r.from.id, r.to.id]).toContain('eo-13953');
    });

    it('reads no node again when the nodes select only id and label: the same nodes and types, one round trip fewer', async () => {
      // Relationships by type alone: their from/to would read the nodes through the node loader.
      const q = (fields: string) => `{ neighborhood(id: "CHN", depth: 2, limit: 150) { truncated nodes { ${fields} } relationships { id type } } }`;
      let before = store.stats.statements;
      const lean = (await data(store, q('__typename id label'))).neighborhood;
      const leanTrips = store.stats.statements - before;
      before = store.stats.statements;
      const whole = (await data(store, q('__typename id label displayName'))).neighborhood;
      expect(store.stats.statements - before).toBe(leanTrips + 1);
      expect(lean.nodes).toHaveLength(150);
      expect(new Set(lean.nodes.map((n: { label: string }) => n.label)).size).toBeGreaterThan(2);
      expect(lean.nodes.map((n: { label: string }) => n.label)).toEqual(lean.nodes.map((n: { __typename: string }) => n.__typename));
      expect(whole.nodes.map(({ displayName, ...n }: { displayName: string }) => n)).toEqual(lean.nodes);
      expect(whole.relationships).toEqual(lean.relationships);
    });

    it('the neighbourhood of the DRC: its links from seeds/, and with facts its production too', async () => {
      const expected = linkedInSeeds('COD');
      expect(expected.size).toBeGreaterThan(0);
      const d = await data<{ links: SubgraphOut; all: SubgraphOut }>(
        store,
        `{ links: neighborhood(id: "COD", includeFacts: false) { ${SUBGRAPH} } all: neighborhood(id: "COD", limit: 500) { ${SUBGRAPH} } }`,
      );
      expect(d.links.nodes.slice(1).map((n) => n.id).sort()).toEqual([...expected.keys()].sort());
      const ids = new Set(d.all.nodes.map((n) => n.id));
      for (const id of expected.keys()) expect(ids.has(id)).toBe(true);
      const produced = await store.read({ name: 'meta/rels-between', params: { from: 'COD', to: 'cobalt' } });
      expect(produced.some((r) => r.type === 'PRODUCES')).toBe(true);
      const cobalt = d.all.relationships.filter((r) => r.type === 'PRODUCES' && r.to.id === 'cobalt');
      // By default the latest of parallel facts: one production fact per series; with allFacts one per
      // stored fact of each year's newest release; with includeRevisions too, every stored fact.
      const more = await data<{ facts: SubgraphOut; every: SubgraphOut }>(
        store,
        `{ facts: neighborhood(id: "COD", limit: 500, allFacts: true) { ${SUBGRAPH} } every: neighborhood(id: "COD", limit: 500, allFacts: true, includeRevisions: true) { ${SUBGRAPH} } }`,
      );
      const ofCobalt = (g: SubgraphOut) => g.relationships.filter((r) => r.type === 'PRODUCES' && r.to.id === 'cobalt');
      const stored = produced.filter((r) => r.type === 'PRODUCES').map((r) => (r.r as { props: Record<string, unknown> }).props);
      expect(ofCobalt(more.every)).toHaveLength(stored.length);
      expect(ofCobalt(more.facts)).toHaveLength(stored.filter((p) => p.latest !== false).length);
      expect(cobalt).toHaveLength(new Set(stored.map((p) => p.type)).size);
      expect(cobalt.length).toBeLessThan(ofCobalt(more.facts).length);
    });

    it('costs one store round trip per ring plus two (kept nodes, their relationships), and only relationships between kept nodes', async () => {
      for (const depth of [1, 2, 3]) {
        const before = store.stats.statements;
        const d = await data<{ neighborhood: SubgraphOut }>(store, `{ neighborhood(id: "COD", depth: ${depth}, limit: 500, includeFacts: false) { ${SUBGRAPH} } }`);
        const trips = store.stats.statements - before;
        const g = d.neighborhood;
        // Fewer only when a ring came back empty or the limit stopped the expansion.
        expect(trips).toBeLessThanOrEqual(depth + 2);
        expect(trips).toBeGreaterThanOrEqual(3);
        if (depth === 2) expect(trips).toBe(4);
        const ids = new Set(g.nodes.map((n) => n.id));
        expect(ids.size).toBe(g.nodes.length);
        for (const r of g.relationships) expect(ids.has(r.from.id) && ids.has(r.to.id)).toBe(true);
      }
    });

    it('keeps no relationship between two nodes of the outermost ring, and every other one among kept nodes', async () => {
      const d = await data<{ one: SubgraphOut; two: SubgraphOut }>(
        store,
        `{ one: neighborhood(id: "COD", depth: 1, limit: 500) { ${SUBGRAPH} } two: neighborhood(id: "COD", depth: 2, limit: 500) { ${SUBGRAPH} } }`,
      );
      expect(d.two.truncated).toBe(false);
      const inner = new Set(d.one.nodes.map((n) => n.id));
      const kept = new Set(d.two.nodes.map((n) => n.id));
      const key = (r: { type: string; from: { id: string }; to: { id: string } }) => `${r.type} ${r.from.id} ${r.to.id}`;
      for (const r of d.two.relationships) expect(inner.has(r.from.id) || inner.has(r.to.id), key(r)).toBe(true);
      // Every relationship of the depth-1 neighbourhood joins two nodes of ring 0 or 1, so it is in depth 2 too, as often.
      const count = (rs: SubgraphOut['relationships']) => rs.reduce((m, r) => m.set(key(r), (m.get(key(r)) ?? 0) + 1), new Map<string, number>());
      const twoCounts = count(d.two.relationships);
      for (const [k, n] of count(d.one.relationships)) expect(twoCounts.get(k), k).toBe(n);
      // An outer node is reached from ring 1, so at least one relationship joins it to an inner node.
      for (const id of kept) if (!inner.has(id)) expect(d.two.relationships.some((r) => (r.from.id === id && inner.has(r.to.id)) || (r.to.id === id && inner.has(r.from.id))), id).toBe(true);
    });

    it('truncates nearest first, then by relationship type, then id', async () => {
      const ring = [...linkedInSeeds('eo-13953')].map(([id, types]) => ({ id, via: [...types].sort()[0] }));
      ring.sort((a, b) => (a.via < b.via ? -1 : a.via > b.via ? 1 : a.id < b.id ? -1 : 1));
      const d = await data<{ neighborhood: SubgraphOut }>(store, `{ neighborhood(id: "eo-13953", depth: 2, limit: 3) { ${SUBGRAPH} } }`);
      expect(d.neighborhood.truncated).toBe(true);
      expect(d.neighborhood.nodes.map((n) => n.id)).toEqual(['eo-13953', ring[0].id, ring[1].id]);
      expect(d.neighborhood.relationships).toHaveLength(2);
      const again = await data(store, `{ neighborhood(id: "eo-13953", depth: 2, limit: 3) { ${SUBGRAPH} } }`);
      expect(again).toEqual(d);
    });

    it('an entity with no relationship is its neighbourhood alone (a Source: citations are properties, not relationships)', async () => {
      const before = store.stats.statements;
      const d = await data(store, '{ neighborhood(id: "seed-000", depth: 1) { truncated nodes { __typename id label } relationships { type } } }');
      expect(d.neighborhood).toEqual({ truncated: false, nodes: [{ __typename: 'Source', id: 'seed-000', label: 'Source' }], relationships: [] });
      // The empty ring and the centre's lookup: within the `depth` + 2 round trips the schema promises.
      expect(store.stats.statements - before).toBe(2);
    });

    it('null for an unknown id; refuses depth outside 1..3 and limit outside 1..500', async () => {
      expect((await data(store, '{ neighborhood(id: "no-such-id") { truncated } }')).neighborhood).toBeNull();
      for (const [arg, msg] of [['depth: 0', /depth must be an integer from 1 to 3/], ['depth: 4', /depth/], ['limit: 0', /limit must be an integer from 1 to 500/], ['limit: 501', /limit/]] as const) {
        const e = await errorOf(`{ neighborhood(id: "COD", ${arg}) { truncated } }`);
        expect(e.extensions?.code).toBe('BAD_USER_INPUT');
        expect(e.message).toMatch(msg);
      }
    });
  });

  describe('timeline', () => {
    it('US policies from 2021-01 to 2025-01 in date order: every dated Biden policy of seeds/policies.csv, issued by or with the US', async () => {
      const policies = csv('policies.csv');
      const parties = new Set(links().filter((l) => l.type === 'PARTY_TO' && l.from === 'USA').map((l) => l.to));
      const expected = policies
        .filter((p) => p.date && (p.issuer === 'USA' || parties.has(p.id)) && withinRange(p.date, '2021-01', '2025-01'))
        .map((p) => p.id);
      const biden = policies.filter((p) => p.administration === 'Biden' && p.issuer === 'USA' && p.date).map((p) => p.id);
      expect(biden.length).toBeGreaterThan(10);
      const d = await data<{ timeline: EventOut[] }>(store, `{ timeline(kinds: [POLICY], country: "USA", from: "2021-01", to: "2025-01") { ${EVENT} } }`);
      const ids = d.timeline.map((e) => e.subject.id);
      expect(ids.sort()).toEqual([...expected].sort());
      for (const id of biden) expect(ids).toContain(id);
      for (const e of d.timeline) {
        expect(e.kind).toBe('POLICY');
        expect(e.title).toBe(policies.find((p) => p.id === e.subject.id)!.title);
        expect(e.date).toBe(policies.find((p) => p.id === e.subject.id)!.date);
      }
      const earliest = d.timeline.map((e) => dateBounds(e.date)[0]);
      expect(earliest).toEqual([...earliest].sort());
    });

    it('partial dates compare at their precision', async () => {
      const q = (from: string) => `{ timeline(kinds: [POLICY], country: "USA", from: "${from}", to: "2019") { subject { id } date } }`;
      const in2019 = csv('policies.csv').filter((p) => p.issuer === 'USA' && p.date.startsWith('2019'));
      expect(in2019.some((p) => p.date === '2019')).toBe(true);
      const year = await data<{ timeline: { subject: { id: string }; date: string }[] }>(store, q('2019'));
      expect(year.timeline.map((e) => e.subject.id).sort()).toEqual(in2019.map((p) => p.id).sort());
      // From June 2019, a policy dated only `2019` may be earlier: it is left out.
      const june = await data<{ timeline: { subject: { id: string }; date: string }[] }>(store, q('2019-06'));
      expect(june.timeline.map((e) => e.subject.id).sort()).toEqual(in2019.filter((p) => p.date >= '2019-06').map((p) => p.id).sort());
    });

    it('MSP on the timeline: its founding and every dated membership of seeds/memberships.csv', async () => {
      const members = csv('memberships.csv').filter((m) => m.alliance === 'msp' && m.since);
      const founded = csv('alliances.csv').find((a) => a.id === 'msp')!.founded;
      const d = await data<{ timeline: EventOut[] }>(store, `{ timeline(kinds: [MEMBERSHIP, ALLIANCE], first: 1000) { ${EVENT} } }`);
      const msp = d.timeline.filter((e) => e.kind === 'MEMBERSHIP' && e.related[0]?.id === 'msp');
      expect(msp.map((e) => [e.subject.id, e.date]).sort()).toEqual(members.map((m) => [m.country, m.since]).sort());
      for (const e of msp) expect(e.title).toMatch(/ joins MSP/);
      const foundation = d.timeline.find((e) => e.kind === 'ALLIANCE' && e.subject.id === 'msp')!;
      expect(foundation.date).toBe(founded);
      expect(foundation.related.map((r) => r.id).sort()).toEqual(members.filter((m) => m.role === 'founding').map((m) => m.country).sort());
      // At one date the founding sorts before the memberships, and memberships by country.
      const atFounding = d.timeline.filter((e) => e.date === founded && (e.subject.id === 'msp' || e.related[0]?.id === 'msp'));
      expect(atFounding[0].kind).toBe('ALLIANCE');
      const countries = atFounding.slice(1).map((e) => e.subject.id);
      expect(countries).toEqual([...countries].sort());
    });

    it('mineral and country filters reach policies, editions and investments as seeds/ state them', async () => {
      const d = await data<{ nickel: EventOut[]; idn: EventOut[] }>(
        store,
        `{ nickel: timeline(mineral: "nickel", first: 1000) { ${EVENT} } idn: timeline(country: "IDN", first: 1000) { ${EVENT} } }`,
      );
      const nickel = new Set(d.nickel.map((e) => e.subject.id));
      expect(nickel.has('idn-nickel-ore-export-ban-2020')).toBe(true);
      for (const i of csv('investments.csv').filter((x) => x.date && list(x.minerals).includes('nickel'))) expect(nickel.has(i.id)).toBe(true);
      // Editions no source dates (no year, no published date) are left off the timeline.
      const dated = new Set(csv('list_editions.csv').filter((e) => e.year || e.published).map((e) => e.id));
      for (const l of csv('listings.csv').filter((x) => x.mineral === 'nickel' && dated.has(x.edition))) expect(nickel.has(l.edition)).toBe(true);
      expect(d.nickel.some((e) => e.kind === 'MEMBERSHIP')).toBe(false);
      const idn = d.idn.map((e) => `${e.kind} ${e.subject.id}`);
      expect(idn).toContain('POLICY idn-nickel-ore-export-ban-2020');
      const joined = csv('memberships.csv').filter((x) => x.country === 'IDN' && x.since).length;
      expect(joined).toBeGreaterThan(0);
      expect(idn.filter((x) => x === 'MEMBERSHIP IDN')).toHaveLength(joined);
      expect((await data(store, '{ timeline(country: "no-such-id") { date } }')).timeline).toEqual([]);
    });

    it('the whole timeline is in order: earliest day, then kind, then id; first cuts it', async () => {
      const d = await data<{ timeline: EventOut[] }>(store, `{ timeline(first: 1000) { ${EVENT} } }`);
      const kinds = ['POLICY', 'LIST_EDITION', 'ALLIANCE', 'MEMBERSHIP', 'INVESTMENT'];
      for (let i = 1; i < d.timeline.length; i++) {
        const [a, b] = [d.timeline[i - 1], d.timeline[i]];
        const c = dateBounds(a.date)[0].localeCompare(dateBounds(b.date)[0]) || kinds.indexOf(a.kind) - kinds.indexOf(b.kind);
        expect(c, `${a.date} ${a.kind} before ${b.date} ${b.kind}`).toBeLessThanOrEqual(0);
      }
      expect(new Set(d.timeline.map((e) => e.kind))).toEqual(new Set(kinds));
      const five = await data<{ timeline: EventOut[] }>(store, `{ timeline(first: 5) { ${EVENT} } }`);
      expect(five.timeline).toEqual(d.timeline.slice(0, 5));
    });

    it('refuses a bad first, a reversed range and a malformed date', async () => {
      for (const [args, msg] of [
        ['first: 0', /first must be an integer from 1 to 1000/],
        ['from: "2023", to: "2022"', /must not be after/],
        ['from: "2023-13"', /YYYY, YYYY-MM or YYYY-MM-DD/],
      ] as const) {
        const e = await errorOf(`{ timeline(${args}) { date } }`);
        expect(e.extensions?.code).toBe('BAD_USER_INPUT');
        expect(e.message).toMatch(msg);
      }
    });
  });
});

describe('timeline rules (src/domain/timeline.ts)', () => {
  it('a date is within a range only when every day it can mean is', () => {
    expect(withinRange('2021', '2021-01', '2025-01')).toBe(true);
    expect(withinRange('2025', '2021-01', '2025-01')).toBe(false);
    expect(withinRange('2025-01-31', null, '2025-01')).toBe(true);
    expect(withinRange('2020', '2020-06', null)).toBe(false);
  });
  it('sorts by earliest day, then kind, then id', () => {
    const e = (date: string, kind: 'POLICY' | 'MEMBERSHIP', id: string) => ({ date, kind, id });
    const sorted = [e('2022-01-15', 'POLICY', 'a'), e('2022', 'MEMBERSHIP', 'b'), e('2022', 'POLICY', 'z'), e('2021-12', 'MEMBERSHIP', 'c')].sort(compareEvents);
    expect(sorted.map((x) => x.id)).toEqual(['c', 'z', 'b', 'a']);
  });
  it('places an edition at its publication date, else its year', () => {
    expect(editionDate('2022-02-24', 2022)).toBe('2022-02-24');
    expect(editionDate(null, 2023)).toBe('2023');
    expect(editionDate(null, null)).toBeNull();
  });
});
