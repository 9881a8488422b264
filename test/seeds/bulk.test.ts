/**
 * The bulk path (Kùzu COPY FROM a CSV file, Neo4j UNWIND ... CREATE in large batches):
 * what `loadSeeds` takes into an empty database and what the benchmark writes its large
 * graphs with. It must write exactly what the merges write, and stay all or nothing.
 * On every backend.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { compiledGraph, compileSeeds, relBatchKey, type CompiledGraph, type PropsRow } from '../../src/seeds/compile.js';
import { bulkStatements, countGraph, loadSeeds, readAllSeeds, seedStatements, verifyWritten } from '../../src/seeds/load.js';
import { planTotals } from '../../src/seeds/sync.js';
import { NODE_LABELS, REL_TYPES, type NodeLabel } from '../../src/domain/model.js';
import { SEEDS_DIR } from '../../src/store/create.js';
import type { GraphStore, Statement } from '../../src/store/port.js';
import { STATEMENTS } from '../../src/store/statements.js';
import { isGraphNode, isGraphRel } from '../../src/store/values.js';
import { describeOnBackend, emptyStore, type TestStore } from '../support/stores.js';

const NOTHING = { added: 0, changed: 0, removed: 0 };

/** A store that records the statement names of each write transaction. */
function recording(inner: GraphStore): { store: GraphStore; written: string[][] } {
  const written: string[][] = [];
  const store: GraphStore = Object.create(inner);
  store.writeTransaction = (stmts, options) => {
    written.push(stmts.map((s) => s.name));
    return inner.writeTransaction(stmts, options);
  };
  return { store, written };
}

const nodeRow = (label: NodeLabel, values: PropsRow): PropsRow => {
  const row: PropsRow = { id: values.id };
  for (const p of Object.keys(NODE_LABELS[label])) row[p] = values[p] ?? null;
  return row;
};

/** A HAS_MEMBER fact from one mineral to another, citing s1, its other properties null. */
function memberRel(from: string, to: string): PropsRow {
  const rel: PropsRow = { from, to, key: '' };
  for (const p of Object.keys(REL_TYPES.HAS_MEMBER.props)) if (p !== 'key') rel[p] = null;
  return { ...rel, sources: ['s1'] };
}

/** A graph of two new minerals with awkward text and one fact between them. */
function awkward(prefix: string, to = `${prefix}-b`): CompiledGraph {
  const a = nodeRow('Mineral', {
    id: `${prefix}-a`,
    name: 'quote " comma , back\\slash',
    note: 'two\nlines, "quoted"\r\nand a tab\there',
    sources: ['s1', 's,2'],
    aliases: ['x y', 'ÿ 镓'],
    isGroup: true,
  });
  const b = nodeRow('Mineral', { id: `${prefix}-b`, isGroup: false, sources: ['s1'] });
  const rel = { ...memberRel(`${prefix}-a`, to), citation: 'p. 3, "Table 1"' };
  const nodes = new Map<NodeLabel, PropsRow[]>([['Mineral', [a, b]]]);
  const rels = new Map([[relBatchKey('HAS_MEMBER', 'Mineral', 'Mineral'), { type: 'HAS_MEMBER' as const, from: 'Mineral' as const, to: 'Mineral' as const, rows: [rel] }]]);
  return { nodes, rels, nodeCount: () => 2, relCount: () => 1 };
}

async function write(store: GraphStore, stmts: Statement[]): Promise<void> {
  await store.writeTransaction(stmts, { verify: verifyWritten(stmts, 'bulk write') });
}

describeOnBackend('bulk import', () => {
  let t: TestStore;
  beforeAll(async () => {
    t = await emptyStore();
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it('loadSeeds into an empty database takes the bulk path and writes what the merges write: a second load finds nothing to change', async () => {
    const r = recording(t.store);
    const loaded = await loadSeeds(r.store, SEEDS_DIR);
    expect(r.written).toHaveLength(1);
    expect(new Set(r.written[0])).toEqual(new Set([STATEMENTS.bulkNode, STATEMENTS.bulkRel]));
    expect(await countGraph(t.store)).toEqual({ nodes: loaded.nodes, relationships: loaded.relationships });
    const again = await loadSeeds(t.store, SEEDS_DIR, undefined, { dryRun: true });
    expect(planTotals(again.plan)).toEqual({ nodes: NOTHING, relationships: NOTHING });
  });

  it('the merge path over the same empty database writes the same graph (the bulk path is not the only one tested)', async () => {
    await t.store.writeTransaction([{ name: STATEMENTS.deleteAll }]);
    const graph = compileSeeds(await readAllSeeds(SEEDS_DIR));
    await write(t.store, seedStatements(graph));
    const again = await loadSeeds(t.store, SEEDS_DIR, undefined, { dryRun: true });
    expect(planTotals(again.plan)).toEqual({ nodes: NOTHING, relationships: NOTHING });
  });

  it('text with quotes, commas, backslashes, line breaks and lists comes back exactly; an empty key stays empty', async () => {
    const g = awkward('bulk-awkward');
    await write(t.store, bulkStatements(g));
    const [row] = await t.store.read({ name: STATEMENTS.entityByIds, params: { ids: ['bulk-awkward-a'] } });
    const n = Object.values(row).find(isGraphNode);
    expect(n?.props).toMatchObject({
      id: 'bulk-awkward-a',
      name: 'quote " comma , back\\slash',
      note: 'two\nlines, "quoted"\r\nand a tab\there',
      sources: ['s1', 's,2'],
      aliases: ['x y', 'ÿ 镓'],
      isGroup: true,
    });
    const [empty] = await t.store.read({ name: STATEMENTS.entityByIds, params: { ids: ['bulk-awkward-b'] } });
    const b = Object.values(empty).find(isGraphNode);
    expect(b?.props.name).toBeUndefined();
    expect(b?.props.isGroup).toBe(false);
    const rels = await t.store.read({ name: STATEMENTS.currentRels, vars: { TYPE: 'HAS_MEMBER', From: 'Mineral', To: 'Mineral' } });
    const mine = rels.filter((x) => x.from === 'bulk-awkward-a').map((x) => x.r).filter(isGraphRel);
    expect(mine.map((x) => [x.props.key, x.props.citation])).toEqual([['', 'p. 3, "Table 1"']]);
  });

  it('a table written in several bulk statements of one transaction holds every row once (Neo4j batches so; Kùzu writes a table whole: bulkRows)', async () => {
    const before = await countGraph(t.store);
    const ids = ['bulk-split-a', 'bulk-split-b', 'bulk-split-c', 'bulk-split-d', 'bulk-split-e'];
    const nodes = new Map<NodeLabel, PropsRow[]>([['Mineral', ids.map((id) => nodeRow('Mineral', { id, isGroup: false, sources: ['s1'] }))]]);
    const rows = ids.slice(1).map((id) => memberRel(ids[0], id));
    const rels = new Map([[relBatchKey('HAS_MEMBER', 'Mineral', 'Mineral'), { type: 'HAS_MEMBER' as const, from: 'Mineral' as const, to: 'Mineral' as const, rows }]]);
    const stmts = bulkStatements(compiledGraph(nodes, rels), 2);
    expect(stmts.filter((s) => s.name === STATEMENTS.bulkRel)).toHaveLength(2);
    await write(t.store, stmts);
    expect(await countGraph(t.store)).toEqual({ nodes: before.nodes + 5, relationships: before.relationships + 4 });
    const written = await t.store.read({ name: STATEMENTS.currentRels, vars: { TYPE: 'HAS_MEMBER', From: 'Mineral', To: 'Mineral' } });
    expect(written.filter((x) => x.from === ids[0]).map((x) => x.to).sort()).toEqual(ids.slice(1));
  });

  it('a fact whose end is missing fails the whole import: nothing of it is written', async () => {
    const before = await countGraph(t.store);
    await expect(write(t.store, bulkStatements(awkward('bulk-missing', 'no-such-mineral')))).rejects.toThrow();
    expect(await countGraph(t.store)).toEqual(before);
  });

  it('a node that exists already fails the whole import: nothing of it is written', async () => {
    const before = await countGraph(t.store);
    const g = awkward('bulk-dup');
    g.nodes.get('Mineral')!.push(nodeRow('Mineral', { id: 'gallium', name: 'again', isGroup: false }));
    await expect(write(t.store, bulkStatements(g))).rejects.toThrow();
    expect(await countGraph(t.store)).toEqual(before);
    const [row] = await t.store.read({ name: STATEMENTS.entityByIds, params: { ids: ['gallium'] } });
    expect(Object.values(row).find(isGraphNode)?.props.name).toBe('Gallium');
  });
});
