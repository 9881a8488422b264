import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateBounds } from '../../src/domain/dates.js';
import { readExamples } from '../../src/http/graphiql.js';
import { csvObjects, parseCsv } from '../../src/seeds/csv.js';
import { REPO_ROOT, SEEDS_DIR } from '../../src/store/create.js';
import { execute } from '../support/graphql.js';
import { forEachSeededBackend } from '../support/stores.js';

/**
 * Every operation of schema/examples.graphql (the ones GraphiQL opens with, covering
 * every entry point) runs on every backend present and answers what the sources say.
 * Expectations are computed here from the seed files and the raw USGS tables, not
 * copied from the server's output. Part of the conformance suite: Kùzu always, Neo4j
 * when NEO4J_URI is set (skipped, visibly, otherwise).
 */
const examples = readExamples(path.join(REPO_ROOT, 'schema', 'examples.graphql'));

type Row = Record<string, string>;
function rows(prefix: string): Row[] {
  return fs
    .readdirSync(SEEDS_DIR)
    .filter((f) => f === `${prefix}.csv` || (f.startsWith(`${prefix}.`) && f.endsWith('.csv')))
    .flatMap((f) => csvObjects(parseCsv(fs.readFileSync(path.join(SEEDS_DIR, f), 'utf8'))).map((r) => r.values));
}
const listings = rows('listings');
const groups = rows('mineral_groups');
const memberships = rows('memberships');
const policies = rows('policies');
const onList = (edition: string) => new Set(listings.filter((l) => l.edition === edition).map((l) => l.mineral));
/** A list's minerals with the members of the groups it names. */
const covered = (edition: string) => {
  const s = onList(edition);
  for (const g of groups) if (s.has(g.group)) s.add(g.member);
  return s;
};
const ids = (xs: { id: string }[]) => xs.map((x) => x.id).sort();
const sorted = (xs: Iterable<string>) => [...xs].sort();

/** Design-card answer straight from a USGS Fig2 table: reliance printed as 100 and China named first. */
function fig2China100(release: 'mcs2024' | 'mcs2025'): string[] {
  const dir = path.join(SEEDS_DIR, 'usgs', release);
  const file = fs.readdirSync(dir).find((f) => /Fig2_Net_Import_Reliance\.csv$/.test(f));
  const table = csvObjects(parseCsv(fs.readFileSync(path.join(dir, file!), 'utf8')));
  const map = new Map(
    rows('usgs_commodities').filter((r) => r.table === 'fig2' && r.source === `usgs-${release.replace('mcs', 'mcs-')}`).map((r) => [r.printed, r.mineral]),
  );
  const out = new Set<string>();
  for (const { values } of table) {
    const reliance = Object.entries(values).find(([k]) => k.startsWith('Net_Import_Reliance'))?.[1]?.trim();
    const sources = Object.entries(values).find(([k]) => k.startsWith('Major_Import_Sources'))?.[1] ?? '';
    const first = sources.split(',')[0].trim().replace(/\d+$/, '');
    const mineral = map.get(values.Commodity);
    if (reliance === '100' && first === 'China' && mineral) out.add(mineral);
  }
  return sorted(out);
}

const mspEnd2023 = memberships.filter((m) => m.alliance === 'msp' && (!m.since || dateBounds(m.since)[1] <= '2023-12-31')).map((m) => m.country);

/** What each example must answer. */
const expectations: Record<string, (d: any) => void> = {
  UsList2022: (d) => {
    expect(d.listEdition.size).toBe(50);
    expect(ids(d.listEdition.minerals)).toEqual(sorted(onList('USA-2022')));
  },
  Gallium: (d) => {
    expect(d.mineral.symbol).toBe('Ga');
    expect(d.mineral.listedIn.map((l: any) => l.edition.id).sort()).toEqual(sorted(listings.filter((l) => l.mineral === 'gallium').map((l) => l.edition)));
  },
  RareEarthGroup: (d) => expect(ids(d.mineral.members)).toEqual(sorted(groups.filter((g) => g.group === 'rare-earth-elements').map((g) => g.member))),
  AnyNode: (d) => expect(d.node).toMatchObject({ __typename: 'Country', id: 'CHN', listEditions: [{ id: 'CHN-2016' }] }),
  MineralsPage: (d) => {
    expect(d.minerals.totalCount).toBe(rows('minerals').length);
    expect(d.minerals.edges).toHaveLength(10);
  },
  ChinaTopSource100Latest: (d) => {
    expect(d.minerals.edges.map((e: any) => e.node.id).sort()).toEqual(fig2China100('mcs2025'));
    expect(d.minerals.totalCount).toBe(fig2China100('mcs2025').length);
  },
  ChinaTopSource100In2023: (d) => expect(d.minerals.edges.map((e: any) => e.node.id).sort()).toEqual(fig2China100('mcs2024')),
  UsList2022To2025: (d) => {
    const [a, b] = [covered('USA-2022'), onList('USA-2025')];
    expect(ids(d.listDiff.added)).toEqual(sorted([...b].filter((m) => !a.has(m))));
    expect(d.listDiff.removed).toEqual([]);
  },
  UsList2018To2022: (d) => {
    const [a, b] = [covered('USA-2018'), covered('USA-2022')];
    expect(ids(d.listDiff.added)).toEqual(sorted([...onList('USA-2022')].filter((m) => !a.has(m))));
    const groupsSplit = new Set(groups.filter((g) => onList('USA-2022').has(g.member)).map((g) => g.group));
    expect(ids(d.listDiff.removed)).toEqual(sorted([...onList('USA-2018')].filter((m) => !b.has(m) && !groupsSplit.has(m))));
    expect(d.listDiff.regrouped.map((r: any) => `${r.direction}:${r.group.id}`).sort()).toEqual(['SPLIT:platinum-group-metals', 'SPLIT:rare-earth-elements']);
  },
  Us2025NotEu2023: (d) => {
    const others = new Set([...covered('EUU-2023'), ...covered('CHN-2016')]);
    expect(ids(d.compareLists.onlyIn)).toEqual(sorted([...onList('USA-2025')].filter((m) => !others.has(m))));
    expect(d.compareLists.rows.find((r: any) => r.mineral.id === 'gallium').on).toEqual([true, true, false].map((_, i) => covered(['USA-2025', 'EUU-2023', 'CHN-2016'][i]).has('gallium')));
  },
  MspMembers: (d) => {
    expect(d.alliance.aliases).toContain('金属北约');
    expect(d.alliance.members.map((m: any) => m.country.id).sort()).toEqual(sorted(memberships.filter((m) => m.alliance === 'msp').map((m) => m.country)));
    const founders = memberships.filter((m) => m.alliance === 'msp' && m.role === 'founding').map((m) => m.country);
    expect(d.alliance.members.filter((m: any) => m.role === 'founding').map((m: any) => m.country.id).sort()).toEqual(sorted(founders));
  },
  MspEnd2023: (d) => expect(d.alliance.members.map((m: any) => m.country.id).sort()).toEqual(sorted(mspEnd2023)),
  MspCountriesEnd2023: (d) => {
    expect(d.countries.totalCount).toBe(mspEnd2023.length);
    const names = d.countries.edges.map((e: any) => e.node.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b, 'en')));
  },
  Eo13953Links: (d) => {
    const linked = rows('links').filter((l) => l.from === 'eo-13953' || l.to === 'eo-13953').map((l) => `${l.from} ${l.type} ${l.to}`);
    const got = d.policy.links.map((l: any) => `${l.from.id} ${l.type} ${l.to.id}`);
    expect(got).toEqual(expect.arrayContaining(linked));
    expect(got).toContain('eo-13953 ISSUED_BY USA');
    expect(d.neighborhood.nodes.map((n: any) => n.id)).toEqual(expect.arrayContaining(['eo-13953', 'CHN', 'rare-earth-elements']));
  },
  BidenPolicies: (d) => {
    const biden = policies.filter((p) => p.administration === 'Biden');
    expect(d.policies.totalCount).toBe(biden.length);
    const dates = d.policies.edges.map((e: any) => e.node.date).filter(Boolean);
    expect(dates).toEqual([...dates].sort((a: string, b: string) => dateBounds(a)[0].localeCompare(dateBounds(b)[0]) || a.localeCompare(b)));
  },
  GalliumProfile: (d) => {
    const m = d.mineral;
    expect(m.importReliance.map((r: any) => r.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
    expect(m.importReliance.every((r: any) => r.text === '100' && r.sources.length > 0)).toBe(true);
    // MCS2025 Fig2 prints "Japan, China, Germany, Canada" for gallium, 2020-2023.
    expect(m.importSources.filter((s: any) => s.period === '2020-2023').map((s: any) => s.country.id)).toEqual(['JPN', 'CHN', 'DEU', 'CAN']);
    expect(m.producers[0].country.id).toBe('CHN');
    const hhi = m.producers.reduce((s: number, p: any) => s + (p.sharePercent ?? 0) ** 2, 0);
    expect(m.productionConcentration).toBeCloseTo(hhi, 1);
  },
  IndonesiaToNickel: (d) => {
    const ban = policies.find((p) => p.issuer === 'IDN' && rows('links').some((l) => l.from === p.id && l.type === 'NAMES' && l.to === 'nickel'));
    expect(ban).toBeDefined();
    expect(d.links.some((p: any) => p.nodes.map((n: any) => n.id).join(' ') === `IDN ${ban!.id} nickel`)).toBe(true);
    expect(d.facts[0].relationships[0].type).toBe('PRODUCES');
  },
  DrcNeighbourhood: (d) => {
    const cod = memberships.filter((m) => m.country === 'COD').map((m) => m.alliance);
    expect(d.neighborhood.nodes.map((n: any) => n.id)).toEqual(expect.arrayContaining(['COD', ...cod]));
    expect(d.neighborhood.nodes.length).toBeLessThanOrEqual(60);
  },
  SearchMetalsNato: (d) => {
    expect(d.byNickname[0].node).toEqual({ __typename: 'Alliance', id: 'msp' });
    expect(d.byChinese[0].node).toEqual({ __typename: 'Mineral', id: 'gallium' });
    expect(d.byName[0].node.id).toBe('msp');
  },
  NickelTimeline: (d) => {
    const dates = d.timeline.map((e: any) => dateBounds(e.date)[0]);
    expect(dates).toEqual([...dates].sort());
    expect(d.timeline.map((e: any) => e.subject.id)).toEqual(expect.arrayContaining(['idn-nickel-ore-export-ban-2020', 'USA-2022']));
  },
  NeodymiumListPositions: (d) => {
    const byEdition = Object.fromEntries(d.mineral.listPositions.map((p: any) => [p.edition.id, p.status]));
    expect(byEdition['USA-2025']).toBe(onList('USA-2025').has('neodymium') ? 'LISTED' : 'VIA_GROUP');
    expect(byEdition['CHN-2016']).toBe('VIA_GROUP');
  },
  UsListEditions: (d) => {
    const us = rows('list_editions').filter((e) => e.issuer === 'USA');
    expect(d.listEditions.totalCount).toBe(us.length);
    const years = d.listEditions.edges.map((e: any) => e.node.year);
    expect(years).toEqual([...years].sort((a: number, b: number) => b - a));
  },
  Us2025ChinaMajorityProducer: (d) => {
    const usa = onList('USA-2025');
    expect(d.minerals.totalCount).toBeGreaterThan(0);
    for (const e of d.minerals.edges) expect(usa.has(e.node.id)).toBe(true);
    expect(d.minerals.edges.map((e: any) => e.node.id)).toContain('gallium');
  },
  UsAlliances: (d) => {
    expect(d.country.memberships.map((m: any) => m.alliance.id).sort()).toEqual(sorted(memberships.filter((m) => m.country === 'USA').map((m) => m.alliance)));
    expect(d.alliances.totalCount).toBe(rows('alliances').length);
  },
  DpaInvestments: (d) => {
    const under = rows('investments').filter((i) => i.program === 'usa-defense-production-act').map((i) => i.id);
    expect(d.policy.links.map((l: any) => l.from.id).sort()).toEqual(sorted(under));
  },
  SeedIndicators: (d) => {
    const expected = rows('indicators').filter((r) => r.mineral === 'graphite' && r.indicator === 'supply-risk');
    expect(d.graphite.indicators.map((i: any) => `${i.year}:${i.text}`)).toEqual(expected.map((r) => `${r.year}:${r.text}`));
    expect(d.ree.indicators.length).toBeGreaterThan(0);
  },
};

describe('schema/examples.graphql', () => {
  it('holds at least 20 named operations, each with an expectation here', () => {
    expect(examples.length).toBeGreaterThanOrEqual(20);
    expect(examples.map((e) => e.name).sort()).toEqual(Object.keys(expectations).sort());
  });

  it('has no comment that graphql-tools loaders read as an import directive (`# import ...`)', () => {
    const text = fs.readFileSync(path.join(REPO_ROOT, 'schema', 'examples.graphql'), 'utf8');
    expect(text.split('\n').filter((l) => /^#\s*import\b/.test(l))).toEqual([]);
  });

  it('covers every entry point of schema/CONTRACT.md', () => {
    const all = examples.map((e) => e.query).join('\n');
    for (const entry of ['node', 'mineral', 'country', 'listEdition', 'policy', 'alliance', 'minerals', 'countries', 'listEditions', 'policies', 'alliances', 'search', 'listDiff', 'paths', 'neighborhood', 'timeline']) {
      expect(all, entry).toMatch(new RegExp(`\\b${entry}\\(`));
    }
  });
});

forEachSeededBackend('examples', (store) => {
  for (const ex of examples) {
    it(`${ex.name} answers what the sources say`, async () => {
      const r = await execute(store(), ex.query);
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      expectations[ex.name]?.(r.data);
    });
  }
});
