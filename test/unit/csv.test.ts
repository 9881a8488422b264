import { describe, expect, it } from 'vitest';
import { csvObjects, CsvSyntaxError, parseCsv } from '../../src/seeds/csv.js';

describe('parseCsv', () => {
  it('strips a byte-order mark and reads CRLF records', () => {
    const t = parseCsv('\ufeffa,b\r\n1,2\r\n3,4\r\n');
    expect(t.header).toEqual(['a', 'b']);
    expect(t.rows).toEqual([{ row: 1, cells: ['1', '2'] }, { row: 2, cells: ['3', '4'] }]);
  });

  it('keeps commas, doubled quotes and newlines inside quoted fields', () => {
    const t = parseCsv('name,note\n"ARSENIC, all forms","say ""hi""\nagain"\n');
    expect(t.rows[0].cells).toEqual(['ARSENIC, all forms', 'say "hi"\nagain']);
  });

  it('numbers data rows from 1 and skips blank lines', () => {
    const objs = csvObjects(parseCsv('id,x\n\na,1\n\nb,\n'));
    expect(objs).toEqual([{ row: 1, values: { id: 'a', x: '1' } }, { row: 2, values: { id: 'b', x: '' } }]);
  });

  it('refuses an unclosed quote, naming the line', () => {
    expect(() => parseCsv('a\n"open\n')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a\n"open\n')).toThrow(/line 2/);
  });
});
