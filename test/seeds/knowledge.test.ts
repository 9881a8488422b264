import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeeds } from '../../src/seeds/load.js';
import { buildSeedReport, formatSeedReport, type SeedReport } from '../../src/seeds/report.js';
import { SEEDS_DIR } from '../../src/store/create.js';
import type { GraphStore } from '../../src/store/port.js';
import { STATEMENTS } from '../../src/store/statements.js';
import { backendSkip, describeOnBackend, emptyStore, seededStore } from '../support/stores.js';

let store: GraphStore;
let dispose: () => Promise<void>;
let report: SeedReport;

beforeAll(async () => {
  if (backendSkip()) return;
  const t = await seededStore();
  store = t.store;
  dispose = t.dispose;
  report = await buildSeedReport(store, { seedsDir: SEEDS_DIR });
});

afterAll(async () => {
  await dispose?.();
});

describeOnBackend('the knowledge in seeds/', () => {
  it('has no node without a source (Source nodes aside)', async () => {
    const rows = await store.read({ name: STATEMENTS.unsourcedNodes });
    expect(rows).toEqual([]);
    // The statement does look at entities: every label of the model but Source has nodes.
    const labels = (await store.read({ name: STATEMENTS.labelCounts })).map((r) => r.label);
    expect(labels).toEqual(expect.arrayContaining(['Mineral', 'Country', 'ListEdition', 'Policy', 'Alliance', 'Source']));
  });

  it('has no relationship without a source', async () => {
    expect(await store.read({ name: STATEMENTS.unsourcedRelationships })).toEqual([]);
    expect(report.unsourced.total).toBe(0);
  });

  it('cites only source ids that exist as Source nodes', async () => {
    const sources = new Set((await store.read({ name: STATEMENTS.sourceIds })).map((r) => String(r.id)));
    const cited = (await store.read({ name: STATEMENTS.citedSources })).map((r) => String(r.id));
    expect(cited.length).toBeGreaterThan(0);
    expect(cited).toContain('usgs-mcs-2025');
    expect(cited.filter((id) => !sources.has(id))).toEqual([]);
    expect(report.unknownSources).toEqual([]);
  });

  it('counts every node and relationship once per label and type', async () => {
    const [n] = await store.read({ name: STATEMENTS.countNodes });
    const [r] = await store.read({ name: STATEMENTS.countRelationships });
    expect(report.nodeTotal).toBe(Number(n!.count));
    expect(report.relationshipTotal).toBe(Number(r!.count));
    expect(report.nodes.find((c) => c.name === 'ListEdition')?.count).toBe(report.editions.length);
  });

  it('holds the three US lists with 35, 50 and 60 listed minerals, matching their declared sizes', () => {
    const us = report.editions.filter((e) => /^USA-\d{4}$/.test(e.id));
    expect(us.map((e) => [e.id, e.size, e.listed])).toEqual([
      ['USA-2018', 35, 35],
      ['USA-2022', 50, 50],
      ['USA-2025', 60, 60],
    ]);
  });

  it('holds at least 9 other list editions, each listing minerals', () => {
    const others = report.editions.filter((e) => !/^USA-\d{4}$/.test(e.id));
    expect(others.length).toBeGreaterThanOrEqual(9);
    for (const e of others) expect(e.listed, e.id).toBeGreaterThan(0);
  });

  it('reports coverage of listed minerals, the USA-2025 set inside the set on any list', () => {
    const { anyList, usEdition } = report.coverage;
    expect(usEdition.minerals).toBe(60);
    expect(anyList.minerals).toBeGreaterThanOrEqual(usEdition.minerals);
    expect(usEdition.withReliance).toBe(report.reliance.length);
    for (const id of usEdition.withNone) expect(anyList.withNone).toContain(id);
    // The USGS commodities the lists name do have data.
    expect(usEdition.withNone).not.toContain('gallium');
    expect(usEdition.withNone).not.toContain('lithium');
  });

  it('names USA-2025 minerals in the USGS reliance data and holds each one for every year the data gives', () => {
    expect(report.reliance.length).toBeGreaterThanOrEqual(30);
    for (const r of report.reliance) {
      expect(r.dataYears.length, r.mineral).toBeGreaterThan(0);
      for (const y of r.dataYears) expect(y, r.mineral).toBeGreaterThanOrEqual(2019);
      for (const y of r.dataYears) expect(y, r.mineral).toBeLessThanOrEqual(2024);
      expect(r.missingYears, r.mineral).toEqual([]);
    }
    const gallium = report.reliance.find((r) => r.mineral === 'gallium');
    expect(gallium?.dataYears).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
  });

  it('holds ranked import sources (1..n, as many as the data gives) for every such mineral the USGS Fig2 tables name', () => {
    for (const r of report.reliance) {
      for (const s of r.importSources) {
        expect(s.ranked, `${r.mineral} ${s.period}`).toBe(true);
        expect(s.count, `${r.mineral} ${s.period}`).toBe(s.dataCount);
      }
      expect(r.complete, r.mineral).toBe(true);
    }
    // Only minerals read from the salient tables alone (absent from both Fig2 tables) lack import sources.
    expect(report.reliance.filter((r) => !r.sourcesInData).map((r) => r.mineral)).toEqual(['beryllium', 'boron', 'phosphate-rock']);
    const gallium = report.reliance.find((r) => r.mineral === 'gallium');
    expect(gallium?.importSources.map((s) => s.period)).toEqual(['2019-2022', '2020-2023']);
  });

  it('formats the report as text with each section', () => {
    const text = formatSeedReport(report);
    expect(text).toMatch(/^Nodes \(\d+\)/);
    expect(text).toContain('USA-2025');
    expect(text).toMatch(/Facts without a source: 0\n/);
  });
});

// Last in the file: on Neo4j its empty store is the one database, emptied.
describeOnBackend('the unsourced-fact statements', () => {
  it('find a node and a relationship written without a source', async () => {
    const t = await emptyStore();
    try {
      const mineral = (id: string, sources: string[]) => ({
        id, sources, note: null, noteSources: null, citation: null, searchText: id, name: id, nameZh: null, symbol: null, isGroup: null, aliases: null,
      });
      await t.store.writeTransaction([
        { name: STATEMENTS.mergeNode, vars: { Label: 'Mineral' }, params: { rows: [mineral('sourced', ['s1']), mineral('unsourced', [])] } },
        {
          name: STATEMENTS.mergeRel,
          vars: { TYPE: 'HAS_MEMBER', From: 'Mineral', To: 'Mineral' },
          params: { rows: [{ from: 'sourced', to: 'unsourced', key: '', sources: [], note: null, noteSources: null, citation: null }] },
        },
      ]);
      expect(await t.store.read({ name: STATEMENTS.unsourcedNodes })).toEqual([{ label: 'Mineral', id: 'unsourced' }]);
      expect(await t.store.read({ name: STATEMENTS.unsourcedRelationships })).toEqual([
        { type: 'HAS_MEMBER', from: 'sourced', to: 'unsourced', key: '' },
      ]);
      expect((await t.store.read({ name: STATEMENTS.citedSources })).map((r) => r.id)).toEqual(['s1']);
    } finally {
      await t.dispose();
    }
  });
});
