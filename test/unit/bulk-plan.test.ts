/**
 * The bulk write plan's statements (src/seeds/load.ts bulkStatements) and the CSV files
 * Kùzu's bulk statements read (src/store/kuzu-csv.ts), without a database: how rows are
 * split into statements, files larger than one write block, and the folders the files
 * are written in.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compiledGraph, relBatchKey, type PropsRow } from '../../src/seeds/compile.js';
import { bulkStatements } from '../../src/seeds/load.js';
import type { NodeLabel } from '../../src/domain/model.js';
import { STATEMENTS } from '../../src/store/statements.js';
import { makeBulkFolder, writeBulkCsv } from '../../src/store/kuzu-csv.js';

const minerals = (n: number): PropsRow[] => Array.from({ length: n }, (_, i) => ({ id: `m${i}`, name: `M ${i}` }));
const chain = (n: number): PropsRow[] => Array.from({ length: n - 1 }, (_, i) => ({ from: `m${i}`, to: `m${i + 1}`, key: '' }));

function graph(n: number) {
  const rels = new Map([[relBatchKey('HAS_MEMBER', 'Mineral', 'Mineral'), { type: 'HAS_MEMBER' as const, from: 'Mineral' as const, to: 'Mineral' as const, rows: chain(n) }]]);
  return compiledGraph(new Map<NodeLabel, PropsRow[]>([['Mineral', minerals(n)]]), rels);
}

const sizes = (stmts: ReturnType<typeof bulkStatements>, name: string) =>
  stmts.filter((s) => s.name === name).map((s) => (s.params?.rows as PropsRow[]).map((r) => r.id ?? `${String(r.from)}>${String(r.to)}`));

describe('bulkStatements', () => {
  it('splits each table into statements of at most rowsPerStatement rows, in order, nodes before facts', () => {
    const stmts = bulkStatements(graph(5), 2);
    expect(stmts.map((s) => s.name)).toEqual([STATEMENTS.bulkNode, STATEMENTS.bulkNode, STATEMENTS.bulkNode, STATEMENTS.bulkRel, STATEMENTS.bulkRel]);
    expect(sizes(stmts, STATEMENTS.bulkNode)).toEqual([['m0', 'm1'], ['m2', 'm3'], ['m4']]);
    expect(sizes(stmts, STATEMENTS.bulkRel)).toEqual([['m0>m1', 'm1>m2'], ['m2>m3', 'm3>m4']]);
  });

  it('without a limit (Kùzu: KuzuStore.bulkRows) writes each table in one statement', () => {
    const stmts = bulkStatements(graph(250_001), Number.POSITIVE_INFINITY);
    expect(stmts.map((s) => [s.name, (s.params?.rows as unknown[]).length])).toEqual([
      [STATEMENTS.bulkNode, 250_001],
      [STATEMENTS.bulkRel, 250_000],
    ]);
  });

  it('by default carries 100,000 rows a statement (Neo4j: one batched UNWIND)', () => {
    const stmts = bulkStatements(graph(250_001));
    expect(stmts.map((s) => (s.params?.rows as unknown[]).length)).toEqual([100_000, 100_000, 50_001, 100_000, 100_000, 50_000]);
  });
});

describe('writeBulkCsv', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cmg-csv-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes every row of a file larger than one write block, in order, once', () => {
    const file = path.join(dir, 'big.csv');
    const rows = Array.from({ length: 25_001 }, (_, i) => ({ from: `a${i}`, to: `b${i}`, n: i }));
    const written = writeBulkCsv(file, rows, ['n'], true);
    expect(written).toEqual({ rows: 25_001, parallel: true });
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    expect(lines).toHaveLength(25_003); // header, the rows, and the empty string after the last newline
    expect(lines[0]).toBe('c_from,c_to,c0');
    expect(lines[1]).toBe('"a0","b0","0"');
    expect(lines[10_000]).toBe('"a9999","b9999","9999"');
    expect(lines[10_001]).toBe('"a10000","b10000","10000"');
    expect(lines[25_001]).toBe('"a25000","b25000","25000"');
    expect(lines[25_002]).toBe('');
  });

  it('an empty table is a header only; a value across lines turns parallel reading off', () => {
    const empty = path.join(dir, 'empty.csv');
    expect(writeBulkCsv(empty, [], ['name'], false)).toEqual({ rows: 0, parallel: true });
    expect(fs.readFileSync(empty, 'utf8')).toBe('c0\n');
    const multi = path.join(dir, 'multi.csv');
    expect(writeBulkCsv(multi, [{ name: 'two\nlines' }], ['name'], false)).toEqual({ rows: 1, parallel: false });
    expect(fs.readFileSync(multi, 'utf8')).toBe('c0\n"two\nlines"\n');
  });
});

describe('makeBulkFolder', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cmg-folders-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** The id of a process that has ended. */
  const endedPid = () =>
    new Promise<number>((resolve, reject) => {
      const child = spawn(process.execPath, ['-e', '']);
      child.on('error', reject);
      child.on('exit', () => resolve(child.pid!));
    });

  it("names the folder with this process's id and removes the folders of ended processes only", async () => {
    const ended = await endedPid();
    const leftover = (name: string) => {
      fs.mkdirSync(path.join(dir, name));
      fs.writeFileSync(path.join(dir, name, '0.csv'), 'c0\n');
      return name;
    };
    const gone = leftover(`cmg-bulk-${ended}-AbC123`);
    const kept = [
      leftover(`cmg-bulk-${process.ppid}-Live01`), // vitest's main process: running
      leftover(`cmg-bulk-${process.pid}-Mine01`), // this process: another transaction may be writing it
      leftover('cmg-bulk-Xy12Zq'), // an earlier version's name: no process to ask
      leftover(`other-${ended}-x`),
    ];
    const made = makeBulkFolder(dir);
    expect(path.dirname(made)).toBe(dir);
    expect(path.basename(made)).toMatch(new RegExp(`^cmg-bulk-${process.pid}-.{6}$`));
    expect(fs.existsSync(path.join(dir, gone))).toBe(false);
    expect(fs.readdirSync(dir).sort()).toEqual([...kept, path.basename(made)].sort());
  });
});
