/**
 * The one text order of the API: Unicode code points, as Kùzu orders UTF-8 text and as
 * schema/CONTRACT.md's "orderings are total and the same on every backend" asks. `localeCompare`
 * depends on the process's locale (and ICU data); `<` on strings compares UTF-16 code
 * units, which puts characters beyond U+FFFF before U+E000–U+FFFF. Neither is used for
 * an order a client sees.
 */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // Both in the BMP outside the surrogate range, or both surrogates: code units order as code points.
    const sx = x >= 0xd800 && x <= 0xdfff;
    const sy = y >= 0xd800 && y <= 0xdfff;
    if (sx === sy) return x - y;
    // A surrogate (a code point above U+FFFF) sorts after every BMP character.
    return sx ? 1 : -1;
  }
  return a.length - b.length;
}

/** compareText for values that may be null: nulls last. */
export function compareNullableText(a: string | null | undefined, b: string | null | undefined): number {
  if (a == null || b == null) return a == null ? (b == null ? 0 : 1) : -1;
  return compareText(a, b);
}
