/**
 * A deliberate RFC 4180 reader for the seed files and the USGS data releases:
 * strips a UTF-8 byte-order mark, accepts CRLF or LF, honours quoted fields with
 * embedded commas, quotes and newlines, and reports the 1-based data row of each
 * record so validation errors can name it.
 */
export interface CsvTable {
  header: string[];
  /** Data records, each with its 1-based row number (the header is row 0). */
  rows: { row: number; cells: string[] }[];
}

export class CsvSyntaxError extends Error {
  constructor(readonly line: number, message: string) {
    super(`line ${line}: ${message}`);
    this.name = 'CsvSyntaxError';
  }
}

export function parseCsv(text: string): CsvTable {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let field = '';
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  let fieldStarted = false;

  const endField = () => {
    cells.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    // A line with nothing on it is not a record.
    if (!(cells.length === 1 && cells[0] === '')) records.push({ line: recordLine, cells });
    cells = [];
  };

  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (inQuotes) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
        }
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"') {
      if (fieldStarted && field !== '') throw new CsvSyntaxError(line, 'a quote inside an unquoted field');
      inQuotes = true;
      fieldStarted = true;
    } else if (ch === ',') {
      endField();
    } else if (ch === '\r' && src[i + 1] === '\n') {
      // CRLF: the LF ends the record
    } else if (ch === '\n') {
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += ch;
      fieldStarted = true;
    }
  }
  if (inQuotes) throw new CsvSyntaxError(recordLine, 'a quoted field is never closed');
  if (field !== '' || cells.length > 0) endRecord();

  const [head, ...body] = records;
  if (!head) return { header: [], rows: [] };
  return {
    header: head.cells.map((h) => h.trim()),
    rows: body.map((r, i) => ({ row: i + 1, cells: r.cells })),
  };
}

/** Rows as objects keyed by header name; missing trailing cells read as ''. */
export function csvObjects(table: CsvTable): { row: number; values: Record<string, string> }[] {
  return table.rows.map(({ row, cells }) => {
    const values: Record<string, string> = {};
    table.header.forEach((h, i) => {
      if (h !== '') values[h] = cells[i] ?? '';
    });
    return { row, values };
  });
}
