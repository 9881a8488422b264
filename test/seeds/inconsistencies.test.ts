import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvObjects, parseCsv } from '../../src/seeds/csv.js';
import { loadSeeds } from '../../src/seeds/load.js';
import { SEEDS_DIR } from '../../src/store/create.js';
import type { GraphStore } from '../../src/store/port.js';
import { STATEMENTS } from '../../src/store/statements.js';
import { isGraphNode, isGraphRel } from '../../src/store/values.js';
import { backendSkip, describeOnBackend, seededStore } from '../support/stores.js';

/**
 * One test per row of seeds/checks/inconsistencies*.csv (seeds/README.md, "Checks"):
 * where the graph settles each inconsistency of FACTS.md, the fact holds the kept
 * value and its note names the other reading.
 */
const CHECKS = path.join(SEEDS_DIR, 'checks');
const files = fs.readdirSync(CHECKS).filter((f) => /^inconsistencies.*\.csv$/.test(f)).sort();
const COLUMNS = ['id', 'status', 'fact', 'field', 'kept', 'other', 'sources', 'explanation'] as const;
type Check = { file: string; row: number } & Record<(typeof COLUMNS)[number], string>;
const rows: Check[] = files.flatMap((file) =>
  csvObjects(parseCsv(fs.readFileSync(path.join(CHECKS, file), 'utf8'))).map(({ row, values }) => {
    const check = { file, row } as Check;
    for (const c of COLUMNS) check[c] = values[c] ?? '';
    return check;
  }),
);

const STATUSES = ['kept-primary', 'noted', 'out-of-scope'];
const NODE = /^node:([^:@]+)$/;
const REL = /^rel:([A-Z_]+):([^:@]+):([^:@]+)(?:@([A-Za-z]+)=(.+))?$/;

let store: GraphStore;
let dispose: () => Promise<void>;

beforeAll(async () => {
  if (backendSkip()) return;
  const t = await seededStore();
  store = t.store;
  dispose = t.dispose;
});

afterAll(async () => {
  await dispose?.();
});

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

/** The properties of the fact a locator names, failing unless exactly one fact matches. */
async function locate(locator: string): Promise<Record<string, unknown>> {
  const node = NODE.exec(locator);
  if (node) {
    const found = await store.read({ name: STATEMENTS.nodeById, params: { id: node[1] } });
    expect(found, `${locator}: nodes with that id`).toHaveLength(1);
    const n = found[0]!.n;
    if (!isGraphNode(n)) throw new Error(`${locator}: not a node`);
    return n.props;
  }
  const rel = REL.exec(locator);
  if (!rel) throw new Error(`"${locator}" is not a fact locator (node:<id> or rel:<TYPE>:<from>:<to>[@prop=value])`);
  const [, type, from, to, prop, value] = rel;
  const found = (await store.read({ name: STATEMENTS.relsBetween, params: { from, to } }))
    .filter((r) => r.type === type)
    .map((r) => r.r)
    .filter(isGraphRel)
    .filter((r) => prop === undefined || text(r.props[prop]) === value);
  expect(found, `${locator}: relationships matching`).toHaveLength(1);
  return found[0]!.props;
}

describeOnBackend('seeds/checks/inconsistencies*.csv', () => {
  it('lists inconsistencies, each id once', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(rows.length).toBeGreaterThan(0);
    const ids = rows.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it.each(rows.map((r) => [`${r.id} (${r.status}${r.fact ? `, ${r.fact}` : ''})`, r] as const))('%s', async (_name, r: Check) => {
    // X-nn: FACTS.md's inconsistencies; U-nn: disagreements met in the data files (seeds/checks/inconsistencies.usgs.csv).
    expect(r.id, `${r.file} row ${r.row}`).toMatch(/^[XU]-\d{2}$/);
    expect(STATUSES, `${r.id} status`).toContain(r.status);
    expect(r.sources.trim(), `${r.id} sources`).not.toBe('');
    if (r.status === 'out-of-scope') {
      expect(r.explanation.trim(), `${r.id} explanation`).not.toBe('');
      return;
    }
    if (!r.fact) {
      // The kept reading must be findable; a noted one without a locator must say where it is recorded.
      expect(r.status, `${r.id}: kept-primary needs a fact locator`).toBe('noted');
      expect(r.explanation.trim(), `${r.id} explanation`).not.toBe('');
      return;
    }
    expect(r.field, `${r.id} field`).not.toBe('');
    const props = await locate(r.fact);
    expect(text(props[r.field]), `${r.id}: ${r.fact} ${r.field}`).toBe(r.kept);
    expect(r.other.trim(), `${r.id} other`).not.toBe('');
    expect(text(props.note), `${r.id}: ${r.fact} note`).toContain(r.other);
  });
});
