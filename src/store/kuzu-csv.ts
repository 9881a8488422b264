import fs from 'node:fs';

/**
 * The CSV files Kùzu's bulk statements read (cypher/kuzu/seed/bulk-*.cypher): every
 * field as text, as `encodeTemplateRows` sends template rows. Null and '' are an empty
 * unquoted field (read back as null); lists are joined by '|'; every other value is
 * quoted, with `\` escaping `"` and itself (the statements read with escape='\').
 */
export interface CsvWritten {
  readonly rows: number;
  /** False when a value spans lines: Kùzu reads such a file with parallel=false only. */
  readonly parallel: boolean;
}

export function writeBulkCsv(file: string, rows: readonly Record<string, unknown>[], columns: readonly string[], isRel: boolean): CsvWritten {
  let parallel = true;
  const field = (v: unknown): string => {
    if (v === null || v === undefined) return '';
    let s: string;
    if (Array.isArray(v)) {
      for (const x of v) if (String(x).includes('|')) throw new Error(`a list value may not contain "|": ${String(x)}`);
      s = v.join('|');
    } else s = String(v);
    if (s === '') return '';
    if (/[\r\n]/.test(s)) parallel = false;
    return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  };
  const header = [...(isRel ? ['c_from', 'c_to'] : []), ...columns.map((_, i) => `c${i}`)].join(',');
  const lines = [header];
  for (const r of rows) {
    const ends = isRel ? [field(r.from), field(r.to)] : [];
    lines.push([...ends, ...columns.map((c) => field(r[c]))].join(','));
  }
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return { rows: rows.length, parallel };
}
