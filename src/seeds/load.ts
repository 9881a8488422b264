import { entityLabels } from '../domain/model.js';
import type { GraphStore, Statement } from '../store/port.js';
import { STATEMENTS } from '../store/statements.js';
import { compileSeeds, type CompiledGraph } from './compile.js';
import { planSync, type SyncPlan } from './sync.js';
import { readRawDataSeeds } from './raw.js';
import { mergeSeedRows, readSeedFiles } from './read.js';
import { printedNames, withPrintedAliases } from './printed-names.js';
import type { SeedRows } from './types.js';

/** Rows per statement: small enough for one UNWIND, large enough to keep round trips few. */
const CHUNK = 500;

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
        stmts.push({ name: STATEMENTS.mergeNode, vars: { Label: label, Labels: labels.split(':') }, params: { rows: rows.slice(i, i + CHUNK) } });
      }
    }
  }
  for (const batch of graph.rels.values()) {
    for (let i = 0; i < batch.rows.length; i += CHUNK) {
      stmts.push({
        name: STATEMENTS.mergeRel,
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
  const stmts = plan.statements;
  await store.writeTransaction(stmts, {
    onProgress,
    // A relationship whose ends were not matched would vanish silently: roll back instead.
    verify: (i, rows) => {
      const s = stmts[i];
      if (s.name !== STATEMENTS.mergeRel) return;
      const expected = (s.params?.rows as unknown[]).length;
      const written = Number(rows[0]?.written ?? 0);
      if (written !== expected) throw new Error(`seed write of ${s.vars?.TYPE} wrote ${written} of ${expected} relationships`);
    },
  });
  return result;
}

export async function countGraph(store: GraphStore): Promise<{ nodes: number; relationships: number }> {
  const [n] = await store.read({ name: STATEMENTS.countNodes });
  const [r] = await store.read({ name: STATEMENTS.countRelationships });
  return { nodes: Number(n?.count ?? 0), relationships: Number(r?.count ?? 0) };
}
