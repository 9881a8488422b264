import { describe, expect, it } from 'vitest';
import { compareNullableText, compareText } from '../../src/domain/compare.js';

describe('the one text order (code points)', () => {
  it('orders upper case before lower case and digits before letters, as the engines do, whatever the locale', () => {
    // localeCompare would give ['a', 'B', 'é', 'Z']; code points put every capital first.
    expect(['a', 'Z', 'é', 'B', '10', '9'].sort(compareText)).toEqual(['10', '9', 'B', 'Z', 'a', 'é']);
    expect(['USA-DOE-2023', 'USA-2025', 'USA-2022', 'usa-2022'].sort(compareText)).toEqual(['USA-2022', 'USA-2025', 'USA-DOE-2023', 'usa-2022']);
  });
  it('puts characters beyond U+FFFF after every BMP character (UTF-16 "<" would put them before U+E000–U+FFFF)', () => {
    const astral = '\u{1F600}';
    const privateUse = '\uE000';
    expect(astral < privateUse).toBe(true);
    expect([astral, privateUse, '镓'].sort(compareText)).toEqual(['镓', privateUse, astral]);
  });
  it('orders a prefix first and is consistent', () => {
    expect(compareText('2023', '2023-06')).toBeLessThan(0);
    expect(compareText('2023-06', '2023')).toBeGreaterThan(0);
    expect(compareText('镓', '镓')).toBe(0);
  });
  it('puts nulls last', () => {
    expect([null, 'b', undefined, 'a'].sort(compareNullableText)).toEqual(['a', 'b', null, undefined]);
  });
});
