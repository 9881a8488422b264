import fs from 'node:fs';
import path from 'node:path';

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

const LINES_PER_WRITE = 10_000;

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
  // Written in blocks of lines: one table's file can pass what one string may hold.
  const fd = fs.openSync(file, 'w');
  try {
    let lines = [header];
    for (const r of rows) {
      const ends = isRel ? [field(r.from), field(r.to)] : [];
      lines.push([...ends, ...columns.map((c) => field(r[c]))].join(','));
      if (lines.length === LINES_PER_WRITE) {
        fs.writeSync(fd, lines.join('\n') + '\n');
        lines = [];
      }
    }
    if (lines.length > 0) fs.writeSync(fd, lines.join('\n') + '\n');
  } finally {
    fs.closeSync(fd);
  }
  return { rows: rows.length, parallel };
}

const BULK_FOLDER = /^cmg-bulk-(\d+)-/;

/**
 * A new folder in `dir` for one transaction's CSV files, named with this process's id
 * (`cmg-bulk-<pid>-XXXXXX`), so a later process can tell whether its writer still runs.
 * Before making it, removes the folders whose process has ended: the adapter removes its
 * folder in a `finally`, which a killed or crashed process never reaches. A folder of a
 * live process, or one named another way (earlier versions had no id), is left alone.
 */
export function makeBulkFolder(dir: string): string {
  for (const name of fs.readdirSync(dir)) {
    const m = BULK_FOLDER.exec(name);
    if (!m || processRuns(Number(m[1]))) continue;
    fs.rmSync(path.join(dir, name), { recursive: true, force: true });
  }
  return fs.mkdtempSync(path.join(dir, `cmg-bulk-${process.pid}-`));
}

function processRuns(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it runs, as another user. ESRCH: no such process.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
