import { entityLabels } from '../domain/model.js';
import type { GraphStore, Statement } from '../store/port.js';
import type { Row } from '../store/values.js';
import { STATEMENTS } from '../store/statements.js';
import { compileSeeds, type CompiledGraph } from './compile.js';
import { planSync, planTotals, type SyncPlan } from './sync.js';
import { readRawDataSeeds } from './raw.js';
import { mergeSeedRows, readSeedFiles } from './read.js';
import { printedNames, withPrintedAliases } from './printed-names.js';
import type { SeedRows } from './types.js';

/** Rows per statement: small enough for one UNWIND, large enough to keep round trips few. */
const CHUNK = 500;
/** Rows per bulk statement unless the store says otherwise (GraphStore.bulkRows): one batched UNWIND on Neo4j. */
const BULK_CHUNK = 100_000;

export interface LoadResult {
  /** What seeds/ holds. */
  readonly nodes: number;
  readonly relationships: number;
  /** What the load changed (or, in a dry run, would change) to make the database equal to seeds/. */
  readonly plan: SyncPlan;
}

/** Every seed row: the CSV files and the raw data sets parsed from seeds/. */
export async function readAllSeeds(seedsDir: string): Promise<SeedRows> {
  const csv = readSeedFiles(seedsDir);
  // The raw files first: a missing one is reported there, by name.
  const raw = readRawDataSeeds(seedsDir);
  // Every spelling the copied files print for a node is one of its aliases (src/seeds/printed-names.ts).
  return mergeSeedRows(withPrintedAliases(csv, printedNames(seedsDir)), raw);
}

/** The write plan: node merges first, then relationships, each in chunks. */
export function seedStatements(graph: CompiledGraph): Statement[] {
  return writeStatements(graph, STATEMENTS.mergeNode, STATEMENTS.mergeRel, CHUNK);
}

/**
 * The bulk write plan for a graph none of whose nodes exist yet: creates instead of merges
 * (Kùzu COPY FROM a file per statement, Neo4j UNWIND ... CREATE in large batches), meant
 * for one transaction, so it stays all or nothing. A node that exists already fails it.
 */
export function bulkStatements(graph: CompiledGraph, rowsPerStatement: number = BULK_CHUNK): Statement[] {
  return writeStatements(graph, STATEMENTS.bulkNode, STATEMENTS.bulkRel, rowsPerStatement);
}

/** Checks each relationship statement's `written` against its rows: an unmatched end rolls the transaction back. */
export function verifyWritten(stmts: readonly Statement[], what: string): (i: number, rows: Row[]) => void {
  return (i, rows) => {
    const s = stmts[i];
    if (s.name !== STATEMENTS.mergeRel && s.name !== STATEMENTS.bulkRel && s.name !== STATEMENTS.bulkNode) return;
    const expected = (s.params?.rows as unknown[]).length;
    const written = Number(rows[0]?.written ?? 0);
    if (written !== expected) throw new Error(`${what} of ${s.vars?.TYPE ?? s.vars?.Label} wrote ${written} of ${expected} ${s.vars?.TYPE ? 'relationships' : 'nodes'}`);
  };
}

function writeStatements(graph: CompiledGraph, nodeStatement: string, relStatement: string, chunk: number): Statement[] {
  const CHUNK = chunk;
  const stmts: Statement[] = [];
  for (const [label, all] of graph.nodes) {
    // Rows that carry the same extra labels (Neo4j's :Entity, :ExecutiveOrder) share a statement.
    const byLabels = new Map<string, typeof all>();
    for (const row of all) {
      const key = entityLabels(label, row).join(':');
      const group = byLabels.get(key);
      if (group) group.push(row);
      else byLabels.set(key, [row]);
    }
    for (const [labels, rows] of byLabels) {
      for (let i = 0; i < rows.length; i += CHUNK) {
        stmts.push({ name: nodeStatement, vars: { Label: label, Labels: labels.split(':') }, params: { rows: rows.slice(i, i + CHUNK) } });
      }
    }
  }
  for (const batch of graph.rels.values()) {
    for (let i = 0; i < batch.rows.length; i += CHUNK) {
      stmts.push({
        name: relStatement,
        vars: { TYPE: batch.type, From: batch.from, To: batch.to },
        params: { rows: batch.rows.slice(i, i + CHUNK) },
      });
    }
  }
  return stmts;
}

/**
 * Makes the database equal to seeds/: validates all of it, compares it with what the
 * database holds, then in one transaction deletes what seeds/ no longer has and merges
 * what is new or changed. A bad file, or a crash mid-way, leaves the database exactly
 * as it was; a second load finds nothing to write. `dryRun` only plans.
 */
export async function loadSeeds(
  store: GraphStore,
  seedsDir: string,
  onProgress?: (done: number, total: number) => void,
  options: { dryRun?: boolean } = {},
): Promise<LoadResult> {
  const graph = compileSeeds(await readAllSeeds(seedsDir));
  const plan = await planSync(store, graph, seedStatements);
  const result = { nodes: graph.nodeCount(), relationships: graph.relCount(), plan };
  if (options.dryRun || plan.statements.length === 0) return result;
  // Into a database that holds none of the model's nodes or facts, everything is new:
  // the bulk path writes the same graph much faster (COPY on Kùzu), in one transaction too.
  const totals = planTotals(plan);
  const fresh =
    totals.nodes.changed + totals.nodes.removed + totals.relationships.changed + totals.relationships.removed === 0 &&
    totals.nodes.added === result.nodes &&
    totals.relationships.added === result.relationships;
  const stmts = fresh ? bulkStatements(graph, store.bulkRows) : plan.statements;
  // A relationship whose ends were not matched would vanish silently: roll back instead.
  await store.writeTransaction(stmts, { onProgress, verify: verifyWritten(stmts, 'seed write') });
  return result;
}

export async function countGraph(store: GraphStore): Promise<{ nodes: number; relationships: number }> {
  const [n] = await store.read({ name: STATEMENTS.countNodes });
  const [r] = await store.read({ name: STATEMENTS.countRelationships });
  return { nodes: Number(n?.count ?? 0), relationships: Number(r?.count ?? 0) };
}
