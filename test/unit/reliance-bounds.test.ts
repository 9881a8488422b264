import { describe, expect, it } from 'vitest';
import { relianceBounds } from '../../src/domain/reliance.js';

/** The bounds stored with each RELIES_ON fact at load time, which the database filters on. */
describe('relianceBounds', () => {
  it('reads what a published figure certainly says', () => {
    expect(relianceBounds(47, '47')).toEqual({ relianceLo: 47, relianceHi: 47 });
    expect(relianceBounds(null, '100')).toEqual({ relianceLo: 100, relianceHi: 100 });
    expect(relianceBounds(null, '>50')).toEqual({ relianceLo: 50, relianceHi: 100 });
    expect(relianceBounds(null, '<25')).toEqual({ relianceLo: 0, relianceHi: 25 });
    expect(relianceBounds(null, 'Less than 1/2 unit.')).toEqual({ relianceLo: 0, relianceHi: 0.5 });
    // A net exporter: below 0, so no min (0 to 100) is met and every max is.
    expect(relianceBounds(null, 'E')).toEqual({ relianceLo: null, relianceHi: 0 });
    // Withheld or unreadable: neither bound, so it meets neither min nor max.
    expect(relianceBounds(null, 'W')).toEqual({ relianceLo: null, relianceHi: null });
    expect(relianceBounds(null, null)).toEqual({ relianceLo: null, relianceHi: null });
  });
});
