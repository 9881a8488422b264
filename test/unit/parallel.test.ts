import { describe, expect, it } from 'vitest';
import { compileSeeds } from '../../src/seeds/compile.js';
import { readAllSeeds } from '../../src/seeds/load.js';
import { SEEDS_DIR } from '../../src/store/create.js';
import { parallelGroup, preferRel } from '../../src/domain/timeline.js';

describe('parallel facts', () => {
  it('prefers the current reading, then the latest year, then the latest period', () => {
    expect(preferRel({ year: 2023, latest: false }, { year: 2023, latest: true })).toBeGreaterThan(0);
    expect(preferRel({ year: 2024 }, { year: 2023 })).toBeLessThan(0);
    // Import-source periods: 2020-2023 before 2019-2022, although its key sorts after.
    expect(preferRel({ period: '2020-2023', key: 'USA|2020-2023' }, { period: '2019-2022', key: 'USA|2019-2022' })).toBeLessThan(0);
  });

  it('groups readings of one figure, never links', () => {
    expect(parallelGroup('PRODUCES', 'a', 'b', { type: 'mine' })).toBe(parallelGroup('PRODUCES', 'a', 'b', { type: 'mine', year: 2020 }));
    expect(parallelGroup('PRODUCES', 'a', 'b', { type: 'mine' })).not.toBe(parallelGroup('PRODUCES', 'a', 'b', { type: 'refinery' }));
    expect(parallelGroup('MEASURE', 'a', 'b', { indicator: 'supply-risk' })).not.toBe(parallelGroup('MEASURE', 'a', 'b', { indicator: 'market-dynamics' }));
    expect(parallelGroup('LISTS', 'a', 'b', {})).toBeNull();
    expect(parallelGroup('FORM_OF', 'a', 'b', {})).toBeNull();
  });

  it('marks at load the one headline reading of each series of statistical facts, and none on links', async () => {
    const graph = compileSeeds(await readAllSeeds(SEEDS_DIR));
    const rowsOf = (type: string) => [...graph.rels.values()].filter((b) => b.type === type).flatMap((b) => b.rows);
    // What the published data says: USGS MCS2025 gives US net import reliance for 2024,
    // and the US import sources of gallium for 2020-2023 after MCS2024's 2019-2022.
    const gallium = rowsOf('RELIES_ON').filter((r) => r.from === 'USA' && r.to === 'gallium');
    expect(gallium.length).toBeGreaterThan(5);
    expect(gallium.filter((r) => r.headline === true).map((r) => [r.year, r.latest])).toEqual([[2024, true]]);
    const chinaGallium = rowsOf('SUPPLIES').filter((r) => r.from === 'CHN' && r.to === 'gallium' && r.importer === 'USA');
    expect(chinaGallium.map((r) => r.period).sort()).toEqual(['2019-2022', '2020-2023']);
    expect(chinaGallium.filter((r) => r.headline === true).map((r) => r.period)).toEqual(['2020-2023']);
    // Every series has exactly one headline reading (groups counted here by their published columns).
    for (const type of ['RELIES_ON', 'SUPPLIES', 'PRODUCES', 'RESERVES', 'MEASURE']) {
      const heads = new Map<string, number>();
      for (const r of rowsOf(type)) {
        const series = [r.from, r.to, r.importer, type === 'MEASURE' ? '' : r.type, r.indicator, r.partner].map((v) => String(v ?? '')).join('|');
        expect(typeof r.headline, `${type} ${series}`).toBe('boolean');
        heads.set(series, (heads.get(series) ?? 0) + (r.headline ? 1 : 0));
      }
      expect(heads.size, type).toBeGreaterThan(0);
      expect([...heads].filter(([, n]) => n !== 1), type).toEqual([]);
    }
    for (const r of rowsOf('LISTS')) expect(r.headline).toBeUndefined();
  });
});
