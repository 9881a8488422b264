import { describe, expect, it } from 'vitest';
import {
  covers, diffLists, groupIndex, latestEditions, listSeries, onlyOn, positionOn, type Entries,
} from '../../src/domain/lists.js';

const groups = groupIndex([
  { group: 'ree', member: 'nd' },
  { group: 'ree', member: 'dy' },
  { group: 'ree', member: 'ce' },
  { group: 'pgm', member: 'pt' },
  { group: 'magnets', member: 'nd' },
]);
const list = (...ids: string[]): Entries => new Map(ids.map((id) => [id, id.toUpperCase()]));

describe('positionOn', () => {
  it('ranks named, through a group, a group through its members, then not listed', () => {
    expect(positionOn('nd', list('nd', 'ree'), groups)).toEqual({ status: 'LISTED', asPublished: 'ND', via: [], whole: true });
    expect(positionOn('nd', list('ree', 'magnets'), groups)).toEqual({ status: 'VIA_GROUP', asPublished: 'MAGNETS', via: ['magnets', 'ree'], whole: true });
    expect(positionOn('ree', list('nd', 'dy', 'li'), groups)).toEqual({ status: 'MEMBERS_LISTED', asPublished: null, via: ['dy', 'nd'], whole: false });
    expect(positionOn('li', list('nd'), groups)).toEqual({ status: 'NOT_LISTED', asPublished: null, via: [], whole: false });
    expect(covers(list('ree'), 'ce', groups)).toBe(true);
    expect(covers(list('pgm'), 'ce', groups)).toBe(false);
  });
});

describe('groups within groups (the EU names HREE and LREE, Canada rare earth elements)', () => {
  const g = groupIndex([
    ...['dy', 'tb'].map((member) => ({ group: 'hree', member })),
    ...['ce', 'nd'].map((member) => ({ group: 'lree', member })),
    ...['dy', 'tb', 'ce', 'nd'].map((member) => ({ group: 'ree', member })),
  ]);
  it('puts a group whose members a listed group all holds on the list through it', () => {
    expect(positionOn('hree', list('ree'), g)).toEqual({ status: 'VIA_GROUP', asPublished: 'REE', via: ['ree'], whole: true });
  });
  it('puts a group whose members listed groups hold on it whole, through them', () => {
    expect(positionOn('ree', list('hree', 'lree'), g)).toEqual({ status: 'MEMBERS_LISTED', asPublished: null, via: ['hree', 'lree'], whole: true });
    expect(positionOn('ree', list('hree'), g)).toEqual({ status: 'MEMBERS_LISTED', asPublished: null, via: ['hree'], whole: false });
  });
  it('regroups instead of adding and removing', () => {
    expect(diffLists(list('ree'), list('hree', 'lree'), g)).toEqual({
      added: [], removed: [], unchanged: [], regrouped: [
        { group: 'hree', members: ['ree'], direction: 'MERGED' },
        { group: 'lree', members: ['ree'], direction: 'MERGED' },
        { group: 'ree', members: ['hree', 'lree'], direction: 'SPLIT' },
      ],
    });
  });
});

describe('diffLists', () => {
  it('counts a group split into members as regrouped, not as added and removed', () => {
    const d = diffLists(list('ree', 'li', 'he'), list('nd', 'dy', 'li', 'ni'), groups);
    expect(d).toEqual({
      added: ['ni'],
      removed: ['he'],
      unchanged: ['li'],
      regrouped: [{ group: 'ree', members: ['dy', 'nd'], direction: 'SPLIT' }],
    });
  });

  it('is the mirror image the other way (MERGED)', () => {
    const d = diffLists(list('nd', 'dy', 'li', 'ni'), list('ree', 'li', 'he'), groups);
    expect(d.added).toEqual(['he']);
    expect(d.removed).toEqual(['ni']);
    expect(d.regrouped).toEqual([{ group: 'ree', members: ['dy', 'nd'], direction: 'MERGED' }]);
  });

  it('with the group on both lists, a member newly named alone is regrouped, not added', () => {
    const d = diffLists(list('ree'), list('ree', 'ce'), groups);
    expect(d).toEqual({ added: [], removed: [], unchanged: ['ree'], regrouped: [{ group: 'ree', members: ['ce'], direction: 'SPLIT' }] });
  });

  it('accounts for every mineral named on only one list exactly once', () => {
    const a = list('ree', 'pgm', 'li', 'he', 'ce');
    const b = list('nd', 'pt', 'li', 'ni', 'magnets');
    const d = diffLists(a, b, groups);
    const regroupedIds = new Set(d.regrouped.flatMap((r) => [r.group, ...r.members]));
    for (const m of [...a.keys(), ...b.keys()]) {
      const places = [d.unchanged.includes(m), d.added.includes(m), d.removed.includes(m)].filter(Boolean).length;
      expect(places + (places === 0 && regroupedIds.has(m) ? 1 : 0), m).toBe(1);
    }
  });
});

describe('onlyOn', () => {
  it('keeps what no other list covers, groups included', () => {
    expect(onlyOn(list('nd', 'li', 'pt'), [list('ree'), list('li')], groups)).toEqual(['pt']);
    expect(onlyOn(list('ree', 'li'), [list('nd')], groups)).toEqual(['li']);
  });
});

describe('list series', () => {
  it('is the edition id without its year', () => {
    expect(listSeries('USA-2025')).toBe('USA');
    expect(listSeries('USA-DOE-2023')).toBe('USA-DOE');
    expect(listSeries('EUU-SRM-2024')).toBe('EUU-SRM');
  });

  it('keeps the latest edition of each series, by year then publication date', () => {
    const latest = latestEditions([
      { id: 'USA-2018', year: 2018 },
      { id: 'USA-2025', year: 2025 },
      { id: 'USA-2022', year: 2022 },
      { id: 'USA-DOE-2023', year: 2023 },
      { id: 'AUS-2023', year: 2023, published: '2023-12' },
      { id: 'AUS-2022', year: 2022 },
    ]);
    expect(latest.map((e) => e.id)).toEqual(['AUS-2023', 'USA-2025', 'USA-DOE-2023']);
  });

  it('takes an undated edition as the latest only where its series has no dated one', () => {
    const latest = latestEditions([
      { id: 'JPN-2023', year: null },
      { id: 'XYZ-2020', year: null },
      { id: 'XYZ-2019', year: 2019 },
    ]);
    expect(latest.map((e) => e.id)).toEqual(['JPN-2023', 'XYZ-2019']);
  });
});
