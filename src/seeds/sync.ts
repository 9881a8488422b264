import { NODE_LABELS, REL_TYPES, type NodeLabel, type Props } from '../domain/model.js';
import type { GraphStore, Statement } from '../store/port.js';
import { STATEMENTS } from '../store/statements.js';
import { isGraphNode, isGraphRel } from '../store/values.js';
import { relBatchKey, type CompiledGraph, type PropsRow, type RelBatch } from './compile.js';

/** Rows per delete statement, as for the merges. */
const CHUNK = 500;

/** What one kind of element (a label, or a relationship type between two labels) gains, changes and loses. */
export interface SyncPart {
  /** `Mineral`, or `LISTS (ListEdition→Mineral)`. */
  readonly what: string;
  readonly added: string[];
  readonly changed: string[];
  readonly removed: string[];
}

/** The difference between the database and seeds/: what a sync writes. */
export interface SyncPlan {
  readonly nodes: SyncPart[];
  readonly relationships: SyncPart[];
  /** The statements that make the database equal to seeds/, in one transaction's order. */
  readonly statements: Statement[];
}

export function planTotals(plan: SyncPlan): { nodes: Totals; relationships: Totals } {
  const sum = (parts: SyncPart[]): Totals => ({
    added: parts.reduce((n, p) => n + p.added.length, 0),
    changed: parts.reduce((n, p) => n + p.changed.length, 0),
    removed: parts.reduce((n, p) => n + p.removed.length, 0),
  });
  return { nodes: sum(plan.nodes), relationships: sum(plan.relationships) };
}

export interface Totals {
  added: number;
  changed: number;
  removed: number;
}

/**
 * Compares the database with the compiled seeds and plans the writes that make them
 * equal: facts and nodes that seeds/ no longer holds are deleted, new and changed ones
 * merged, the rest left alone. Reads one statement per label and per relationship type.
 */
export async function planSync(store: GraphStore, graph: CompiledGraph, mergeStatements: (g: CompiledGraph) => Statement[]): Promise<SyncPlan> {
  const nodes: SyncPart[] = [];
  const wantedNodes = new Map<NodeLabel, PropsRow[]>();
  const deletes: Statement[] = [];
  for (const label of Object.keys(NODE_LABELS) as NodeLabel[]) {
    const props = NODE_LABELS[label];
    const rows = await store.read({ name: STATEMENTS.currentNodes, vars: { Label: label } });
    const current = new Map<string, string>();
    for (const r of rows) if (isGraphNode(r.n)) current.set(String(r.n.props.id), fingerprint(r.n.props, props));
    const seeded = graph.nodes.get(label) ?? [];
    const { part, unchanged } = diff(label, current, seeded.map((row) => [String(row.id), fingerprint(row, props)]));
    nodes.push(part);
    wantedNodes.set(label, seeded.filter((row) => !unchanged.has(String(row.id))));
    for (let i = 0; i < part.removed.length; i += CHUNK) {
      deletes.push({ name: STATEMENTS.deleteNodes, vars: { Label: label }, params: { ids: part.removed.slice(i, i + CHUNK) } });
    }
  }

  const relationships: SyncPart[] = [];
  const wantedRels = new Map<string, RelBatch>();
  const relDeletes: Statement[] = [];
  for (const [type, spec] of Object.entries(REL_TYPES) as [keyof typeof REL_TYPES, (typeof REL_TYPES)[keyof typeof REL_TYPES]][]) {
    for (const [from, to] of spec.pairs) {
      const batchKey = relBatchKey(type, from, to);
      const rows = await store.read({ name: STATEMENTS.currentRels, vars: { TYPE: type, From: from, To: to } });
      const current = new Map<string, string>();
      const ends = new Map<string, { from: string; to: string; key: string }>();
      for (const r of rows) {
        if (!isGraphRel(r.r)) continue;
        const end = { from: String(r.from), to: String(r.to), key: String(r.r.props.key ?? '') };
        const id = relId(end);
        current.set(id, fingerprint(r.r.props, spec.props));
        ends.set(id, end);
      }
      const batch = graph.rels.get(batchKey);
      const seeded = batch?.rows ?? [];
      const rowId = (row: PropsRow) => relId({ from: String(row.from), to: String(row.to), key: String(row.key ?? '') });
      const { part, unchanged } = diff(`${type} (${from}→${to})`, current, seeded.map((row) => [rowId(row), fingerprint(row, spec.props)]));
      relationships.push(part);
      if (batch) wantedRels.set(batchKey, { ...batch, rows: batch.rows.filter((row) => !unchanged.has(rowId(row))) });
      const gone = part.removed.map((id) => ends.get(id)!);
      for (let i = 0; i < gone.length; i += CHUNK) {
        relDeletes.push({ name: STATEMENTS.deleteRels, vars: { TYPE: type, From: from, To: to }, params: { rows: gone.slice(i, i + CHUNK) } });
      }
    }
  }

  const changedOnly: CompiledGraph = {
    nodes: new Map([...wantedNodes].filter(([, rows]) => rows.length > 0)),
    rels: new Map([...wantedRels].filter(([, b]) => b.rows.length > 0)),
    nodeCount: () => 0,
    relCount: () => 0,
  };
  // Facts first, then nodes (DETACH takes their facts along), then the merges.
  return { nodes, relationships, statements: [...relDeletes, ...deletes, ...mergeStatements(changedOnly)] };
}

/** Compares ids and fingerprints; `unchanged` (in both, same properties) is what a sync leaves alone. */
function diff(what: string, current: Map<string, string>, seeded: [string, string][]): { part: SyncPart; unchanged: Set<string> } {
  const added: string[] = [];
  const changed: string[] = [];
  const unchanged = new Set<string>();
  const seen = new Set<string>();
  for (const [id, print] of seeded) {
    seen.add(id);
    const now = current.get(id);
    if (now === undefined) added.push(id);
    else if (now !== print) changed.push(id);
    else unchanged.add(id);
  }
  const removed = [...current.keys()].filter((id) => !seen.has(id)).sort();
  return { part: { what, added: added.sort(), changed: changed.sort(), removed }, unchanged };
}

function relId(e: { from: string; to: string; key: string }): string {
  return `${e.from} → ${e.to}${e.key ? ` [${e.key}]` : ''}`;
}

/**
 * A comparable form of an element's model properties, the same whichever engine
 * returned them: a property Neo4j does not store (null) and Kùzu's NULL agree, and an
 * empty list is no list (Kùzu stores both as NULL).
 */
function fingerprint(values: Record<string, unknown>, props: Props): string {
  const out: unknown[] = [];
  for (const k of Object.keys(props).sort()) {
    let v = values[k] ?? null;
    if (Array.isArray(v) && v.length === 0) v = null;
    if (typeof v === 'bigint') v = Number(v);
    out.push(v);
  }
  return JSON.stringify(out);
}

/** The plan as an operator reads it: per label and type, the counts and the first ids. */
export function formatPlan(plan: SyncPlan, show = 5): string {
  const t = planTotals(plan);
  const lines = [
    `nodes: +${t.nodes.added} added, ~${t.nodes.changed} changed, -${t.nodes.removed} removed; ` +
      `relationships: +${t.relationships.added} added, ~${t.relationships.changed} changed, -${t.relationships.removed} removed`,
  ];
  const list = (ids: string[]) => ids.slice(0, show).join(', ') + (ids.length > show ? `, … (${ids.length - show} more)` : '');
  for (const p of [...plan.nodes, ...plan.relationships]) {
    for (const [sign, ids] of [['+', p.added], ['~', p.changed], ['-', p.removed]] as const) {
      if (ids.length > 0) lines.push(`  ${sign} ${p.what}: ${ids.length} (${list(ids)})`);
    }
  }
  return lines.join('\n');
}
