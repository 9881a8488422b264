import { describe, expect, it } from 'vitest';
import { latestOfParallel, parallelGroup, preferRel } from '../../src/domain/timeline.js';

describe('parallel facts', () => {
  it('prefers the current reading, then the latest year, then the latest period', () => {
    expect(preferRel({ year: 2023, latest: false }, { year: 2023, latest: true })).toBeGreaterThan(0);
    expect(preferRel({ year: 2024 }, { year: 2023 })).toBeLessThan(0);
    // Import-source periods: 2020-2023 before 2019-2022, although its key sorts after.
    expect(preferRel({ period: '2020-2023', key: 'USA|2020-2023' }, { period: '2019-2022', key: 'USA|2019-2022' })).toBeLessThan(0);
  });

  it('groups readings of one figure, never links, and keeps the latest of each', () => {
    const rels = [
      { type: 'PRODUCES', year: 2023, series: 'mine' },
      { type: 'PRODUCES', year: 2024, series: 'mine' },
      { type: 'PRODUCES', year: 2022, series: 'refinery' },
      { type: 'MEASURE', year: 2020, indicator: 'supply-risk' },
      { type: 'MEASURE', year: 2020, indicator: 'market-dynamics' },
      { type: 'LISTS', year: undefined, series: undefined },
      { type: 'LISTS', year: undefined, series: undefined },
    ];
    const kept = latestOfParallel(
      rels,
      (r) => parallelGroup(r.type, 'a', 'b', { type: r.series, indicator: (r as { indicator?: string }).indicator }),
      (r) => ({ year: r.year }),
    );
    expect(kept).toEqual([rels[1], rels[2], rels[3], rels[4], rels[5], rels[6]]);
    expect(parallelGroup('FORM_OF', 'a', 'b', {})).toBeNull();
  });
});
