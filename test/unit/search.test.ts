import { describe, expect, it } from 'vitest';
import {
  lineScore, matchedValue, normalizeSearchText, rankCandidates, SCORE, scoreSearchText, searchTextProblem,
} from '../../src/domain/search.js';

describe('search text', () => {
  it('refuses blank and over-long text, naming the limit', () => {
    expect(searchTextProblem('   ')).toMatch(/at least one character/);
    expect(searchTextProblem('x'.repeat(201))).toMatch(/at most 200 characters; got 201/);
    expect(searchTextProblem(' 镓 ')).toBeNull();
  });

  it('normalizes case, surrounding space and line breaks', () => {
    expect(normalizeSearchText('  Minerals Security\nPartnership ')).toBe('minerals security partnership');
  });
});

describe('scores', () => {
  it('exact line, then line prefix, then word prefix, then contains', () => {
    expect(lineScore('msp', 'msp')).toBe(SCORE.exact);
    expect(lineScore('minerals security partnership', 'minerals sec')).toBe(SCORE.prefix);
    expect(lineScore('minerals security partnership', 'security')).toBe(SCORE.wordPrefix);
    expect(lineScore('rare-earth elements', 'earth')).toBe(SCORE.wordPrefix);
    expect(lineScore('insecurity', 'security')).toBe(SCORE.contains);
    expect(lineScore('稀土元素', '土')).toBe(SCORE.contains);
    expect(lineScore('gallium', 'zinc')).toBe(0);
  });

  it('takes the best line of an entity', () => {
    expect(scoreSearchText('msp\nminerals security partnership\n金属北约', '金属北约')).toEqual({ score: 1, line: '金属北约' });
    expect(scoreSearchText(null, 'x')).toBeNull();
  });

  it('orders by score, then type, then id', () => {
    const c = [
      { id: 'b', label: 'Source', searchText: 'msp' },
      { id: 'z', label: 'Policy', searchText: 'msp principles' },
      { id: 'a', label: 'Source', searchText: 'msp' },
      { id: 'msp', label: 'Alliance', searchText: 'msp' },
      { id: 'x', label: 'Mineral', searchText: 'nothing' },
    ];
    expect(rankCandidates(c, 'msp', 10).map((h) => [h.candidate.id, h.score])).toEqual([
      ['msp', 1], ['a', 1], ['b', 1], ['z', 0.8],
    ]);
    expect(rankCandidates(c, 'msp', 2)).toHaveLength(2);
  });

  it('reports the matched value in its stored case', () => {
    expect(matchedValue({ id: 'msp', name: 'Minerals Security Partnership', note: 'x' }, 'minerals security partnership')).toBe('Minerals Security Partnership');
    expect(matchedValue({ id: 'USA', aliases: ['United States'] }, 'usa')).toBe('USA');
    expect(matchedValue({ id: 'gallium', name: 'Gallium' }, 'gallium')).toBe('Gallium');
  });
});
