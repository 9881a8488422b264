import { describe, expect, it } from 'vitest';
import { isValidDate } from '../../src/domain/dates.js';
import { compileSeeds, SeedValidationError } from '../../src/seeds/compile.js';
import type { SeedRows } from '../../src/seeds/types.js';

const base = (): SeedRows => ({
  sources: [{ file: 'sources.csv', row: 1, values: { id: 's1', kind: 'web', title: 'A page' } }],
  minerals: [
    { file: 'minerals.csv', row: 1, values: { id: 'gallium', name: 'Gallium', sources: 's1' } },
    { file: 'minerals.csv', row: 2, values: { id: 'rare-earth-elements', name: 'Rare earth elements', isGroup: 'true', sources: 's1' } },
  ],
  countries: [{ file: 'countries.csv', row: 1, values: { id: 'USA', name: 'United States', sources: 's1' } }],
});

function issuesOf(rows: SeedRows) {
  try {
    compileSeeds(rows);
  } catch (e) {
    if (e instanceof SeedValidationError) return e.issues;
    throw e;
  }
  return [];
}

describe('compileSeeds', () => {
  it('compiles nodes, derived search text and keyed facts', () => {
    const rows = base();
    rows.import_reliance = [
      { file: 'r.csv', row: 1, values: { importer: 'USA', mineral: 'gallium', year: '2024', text: '100', percent: '100', sources: 's1' } },
      { file: 'r.csv', row: 2, values: { importer: 'USA', mineral: 'gallium', year: '2023', text: '>50', percent: '', sources: 's1' } },
    ];
    const g = compileSeeds(rows);
    expect(g.nodeCount()).toBe(4);
    const rel = g.rels.get('RELIES_ON|Country|Mineral');
    expect(rel?.rows.map((r) => [r.key, r.percent, r.text])).toEqual([['2024|', 100, '100'], ['2023|', null, '>50']]);
    expect(g.nodes.get('Mineral')?.[0].searchText).toBe('gallium');
  });

  it('names file, row and field for each problem, and reports them all', () => {
    const rows = base();
    rows.minerals.push({ file: 'minerals.csv', row: 3, values: { id: 'Bad Id', name: 'x', sources: 's1' } });
    rows.minerals.push({ file: 'minerals.csv', row: 4, values: { id: 'gallium', name: 'again', sources: 's1' } });
    rows.listings = [{ file: 'listings.csv', row: 7, values: { edition: 'USA-2022', mineral: 'unobtainium', sources: 's1' } }];
    rows.countries.push({ file: 'countries.csv', row: 2, values: { id: 'CHN', name: 'China', sources: '' } });
    const issues = issuesOf(rows);
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'minerals.csv', row: 3, field: 'id', message: expect.stringMatching(/kebab-case/) }),
        expect.objectContaining({ file: 'minerals.csv', row: 4, field: 'id', message: expect.stringMatching(/already defined at minerals.csv row 1/) }),
        expect.objectContaining({ file: 'listings.csv', row: 7, field: 'edition' }),
        expect.objectContaining({ file: 'listings.csv', row: 7, field: 'mineral', message: expect.stringMatching(/unobtainium/) }),
        expect.objectContaining({ file: 'countries.csv', row: 2, field: 'sources', message: 'is required' }),
      ]),
    );
  });

  it('refuses unknown columns, kinds, enumerations, dates and link types', () => {
    const rows = base();
    rows.minerals[0].values.colour = 'silver';
    rows.mystery = [{ file: 'mystery.csv', row: 1, values: {} }];
    rows.sources.push({ file: 'sources.csv', row: 2, values: { id: 's2', kind: 'rumour', title: 't', date: '2023-02-30' } });
    rows.links = [{ file: 'links.csv', row: 1, values: { from: 'USA', type: 'LIKES', to: 'gallium', sources: 's1' } }];
    const fields = issuesOf(rows).map((i) => `${i.file}:${i.row}:${i.field}`);
    expect(fields).toEqual(expect.arrayContaining(['minerals.csv:1:colour', 'mystery.csv:0:', 'sources.csv:2:kind', 'sources.csv:2:date', 'links.csv:1:type']));
  });

  it('refuses the same fact given twice', () => {
    const rows = base();
    const r = { importer: 'USA', mineral: 'gallium', year: '2024', text: '100', sources: 's1' };
    rows.import_reliance = [{ file: 'a.csv', row: 1, values: r }, { file: 'b.csv', row: 5, values: r }];
    expect(issuesOf(rows)[0]).toMatchObject({ file: 'b.csv', row: 5, message: expect.stringMatching(/already given at a.csv row 1/) });
  });
});

describe('isValidDate', () => {
  it('takes dates at source precision and nothing invented', () => {
    expect(['2023', '2023-06', '2024-02-29'].every(isValidDate)).toBe(true);
    expect(['2023-13', '2023-02-29', '23', '2023/06', '2023-6'].some(isValidDate)).toBe(false);
  });
});
