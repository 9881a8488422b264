import { relianceBounds } from '../domain/reliance.js';
import { parallelGroup, preferRel } from '../domain/timeline.js';
import { DATE_BOUNDS, NODE_LABELS, REL_TYPES, isRelType, type NodeLabel, type RelType } from '../domain/model.js';
import { dateBounds, isValidDate } from '../domain/dates.js';
import { LINK_TYPES, SEED_KINDS, type Column, type KindSpec, type NodeKind, type RelKind } from './spec.js';
import type { SeedRow, SeedRows } from './types.js';

/**
 * Turns seed rows into the graph to write, checking everything first: columns,
 * types, dates at source precision, id forms, ids unique across all kinds, every
 * reference and source resolving, every fact sourced. Nothing is written unless
 * all of it passes; the error names file, row and field.
 */
export interface SeedIssue {
  readonly file: string;
  readonly row: number;
  readonly field: string;
  readonly message: string;
}

export class SeedValidationError extends Error {
  constructor(readonly issues: readonly SeedIssue[]) {
    const shown = issues.slice(0, 30).map((i) => `  ${i.file}${i.row > 0 ? ` row ${i.row}` : ''}${i.field ? ` field ${i.field}` : ''}: ${i.message}`);
    const more = issues.length > 30 ? `\n  ... and ${issues.length - 30} more` : '';
    super(`seeds refused, nothing written (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${shown.join('\n')}${more}`);
    this.name = 'SeedValidationError';
  }
}

export type PropsRow = Record<string, unknown>;

export interface RelBatch {
  readonly type: RelType;
  readonly from: NodeLabel;
  readonly to: NodeLabel;
  readonly rows: PropsRow[];
}

export interface CompiledGraph {
  readonly nodes: Map<NodeLabel, PropsRow[]>;
  readonly rels: Map<string, RelBatch>;
  nodeCount(): number;
  relCount(): number;
}

function splitList(s: string): string[] {
  return s.split('|').map((v) => v.trim()).filter((v) => v !== '');
}

/** The key of a relationship type's batch between two labels in `CompiledGraph.rels`. */
export function relBatchKey(type: RelType, from: NodeLabel, to: NodeLabel): string {
  return `${type}|${from}|${to}`;
}

export function compileSeeds(input: SeedRows): CompiledGraph {
  const issues: SeedIssue[] = [];
  const issue = (r: Pick<SeedRow, 'file' | 'row'>, field: string, message: string) => issues.push({ file: r.file, row: r.row, field, message });

  for (const kind of Object.keys(input)) {
    if (!SEED_KINDS[kind]) {
      const first = input[kind][0];
      issues.push({ file: first?.file ?? kind, row: 0, field: '', message: `unknown kind "${kind}" (file prefixes: ${Object.keys(SEED_KINDS).join(', ')})` });
    }
  }

  // Pass 1: every node id, its label, and where it was defined.
  const labelOf = new Map<string, NodeLabel>();
  const definedAt = new Map<string, SeedRow>();
  for (const [kind, spec] of Object.entries(SEED_KINDS)) {
    if (spec.shape !== 'node') continue;
    for (const r of input[kind] ?? []) {
      const id = (r.values.id ?? '').trim();
      if (!id) continue;
      const prev = definedAt.get(id);
      if (prev) issue(r, 'id', `id "${id}" is already defined at ${prev.file} row ${prev.row}; ids are unique across all types`);
      else {
        labelOf.set(id, spec.label);
        definedAt.set(id, r);
      }
    }
  }

  const nodes = new Map<NodeLabel, PropsRow[]>();
  const rels = new Map<string, RelBatch>();
  const seenFacts = new Map<string, SeedRow>();

  const addRel = (r: SeedRow, type: RelType, fromId: string, toId: string, key: string, props: PropsRow) => {
    const from = labelOf.get(fromId);
    const to = labelOf.get(toId);
    if (!from || !to) return; // reported by the reference check
    const spec = REL_TYPES[type];
    if (!spec.pairs.some(([a, b]) => a === from && b === to)) {
      issue(r, 'type', `${type} cannot join ${from} "${fromId}" to ${to} "${toId}" (allowed: ${spec.pairs.map(([a, b]) => `${a}->${b}`).join(', ')})`);
      return;
    }
    const factKey = `${type}|${fromId}|${toId}|${key}`;
    const prev = seenFacts.get(factKey);
    if (prev) {
      issue(r, '', `the same ${type} fact ${fromId} -> ${toId}${key ? ` (${key})` : ''} is already given at ${prev.file} row ${prev.row}`);
      return;
    }
    seenFacts.set(factKey, r);
    const batchKey = relBatchKey(type, from, to);
    let batch = rels.get(batchKey);
    if (!batch) rels.set(batchKey, (batch = { type, from, to, rows: [] }));
    const row: PropsRow = { from: fromId, to: toId, key };
    for (const p of Object.keys(spec.props)) if (p !== 'key') row[p] = props[p] ?? null;
    batch.rows.push(row);
  };

  for (const [kind, spec] of Object.entries(SEED_KINDS)) {
    const rows = input[kind] ?? [];
    for (const r of rows) {
      const parsed = parseRow(r, spec, labelOf, issue);
      if (!parsed) continue;
      if (spec.shape === 'node') compileNode(r, spec, parsed, nodes, addRel);
      else compileRel(r, spec, parsed, labelOf, addRel, issue);
    }
  }

  if (issues.length > 0) throw new SeedValidationError(issues);
  markHeadlines(rels);
  markLatest(rels);
  return compiledGraph(nodes, rels);
}

/** A graph of these node rows and relationship batches, counted as they stand. */
export function compiledGraph(nodes: Map<NodeLabel, PropsRow[]>, rels: Map<string, RelBatch>): CompiledGraph {
  return {
    nodes,
    rels,
    nodeCount: () => [...nodes.values()].reduce((n, rows) => n + rows.length, 0),
    relCount: () => [...rels.values()].reduce((n, b) => n + b.rows.length, 0),
  };
}

/**
 * `headline` on every statistical fact (the types whose model has it): true on the reading of
 * each series (parallelGroup: same type, ends, importer, series, indicator, partner) that a view
 * shows by default (preferRel: the newest release's reading of the latest year, then period),
 * false on the others. Stored, so a neighbourhood asks the database for the shown facts only
 * instead of reading every year's and deciding here at each request.
 */
function markHeadlines(rels: ReadonlyMap<string, RelBatch>): void {
  const best = new Map<string, PropsRow>();
  const marked: [PropsRow, string][] = [];
  for (const batch of rels.values()) {
    if (!('headline' in REL_TYPES[batch.type].props)) continue;
    for (const row of batch.rows) {
      const group = parallelGroup(batch.type, String(row.from), String(row.to), row);
      if (group === null) continue;
      marked.push([row, group]);
      const cur = best.get(group);
      if (cur === undefined || preferRel(row, cur) < 0) best.set(group, row);
    }
  }
  for (const [row, group] of marked) row.headline = best.get(group) === row;
}

/**
 * `inLatestYear` and `inLatestPeriod`: true on the facts of the latest year (or period) a
 * filter without one compares, false on the others. A reliance filter's latest year is its
 * importer's (the largest year of any of its reliance facts), an import-source filter's latest
 * period its importer's, a production filter's latest year the graph's. Stored, so a compiled
 * connection filters by them in its one statement (cypher/connection/rel/*-latest) instead of
 * reading the value first. Periods compare as text, as Cypher's max() does (`2020-2023`).
 */
function markLatest(rels: ReadonlyMap<string, RelBatch>): void {
  const rows = (type: string) => [...rels.values()].filter((b) => b.type === type).flatMap((b) => b.rows);
  const mark = (type: string, prop: string, field: string, groupOf: (row: PropsRow) => string) => {
    const top = new Map<string, number | string>();
    for (const row of rows(type)) {
      const v = row[field];
      if (typeof v !== 'number' && typeof v !== 'string') continue;
      const g = groupOf(row);
      const cur = top.get(g);
      if (cur === undefined || v > cur) top.set(g, v);
    }
    for (const row of rows(type)) row[prop] = row[field] !== null && row[field] !== undefined && top.get(groupOf(row)) === row[field];
  };
  mark('RELIES_ON', 'inLatestYear', 'year', (row) => String(row.from));
  mark('SUPPLIES', 'inLatestPeriod', 'period', (row) => String(row.importer));
  mark('PRODUCES', 'inLatestYear', 'year', () => '');
}

type Issue = (r: SeedRow, field: string, message: string) => void;
type AddRel = (r: SeedRow, type: RelType, fromId: string, toId: string, key: string, props: PropsRow) => void;

/** Checks one row against its kind; returns typed values by column, or undefined after reporting. */
function parseRow(r: SeedRow, spec: KindSpec, labelOf: Map<string, NodeLabel>, issue: Issue): Record<string, unknown> | undefined {
  const before = { n: 0 };
  const report: Issue = (row, f, m) => {
    before.n++;
    issue(row, f, m);
  };
  const known = new Set(spec.columns.map((c) => c.name));
  for (const col of Object.keys(r.values)) {
    if (!known.has(col)) report(r, col, `unknown column "${col}" (columns: ${[...known].join(', ')})`);
  }
  const out: Record<string, unknown> = {};
  for (const c of spec.columns) {
    const raw = (r.values[c.name] ?? '').trim();
    if (raw === '') {
      if (c.required) report(r, c.name, 'is required');
      out[c.name] = null;
      continue;
    }
    const v = parseCell(raw, c);
    if (typeof v === 'object' && v !== null && 'error' in v) {
      report(r, c.name, (v as { error: string }).error);
      continue;
    }
    if (c.oneOf && !c.oneOf.includes(raw)) report(r, c.name, `"${raw}" is not one of ${c.oneOf.join(', ')}`);
    if (c.ref) {
      for (const id of Array.isArray(v) ? (v as string[]) : [raw]) {
        const label = labelOf.get(id);
        if (!label) report(r, c.name, `"${id}" is not a known ${c.ref.join(' or ')} id`);
        else if (!c.ref.includes(label)) report(r, c.name, `"${id}" is a ${label}, not a ${c.ref.join(' or ')}`);
      }
    }
    out[c.name] = v;
  }
  if (spec.shape === 'node') {
    const id = String(out.id ?? '');
    if (id && !spec.idPattern.test(id)) report(r, 'id', `"${id}" is not of the form ${spec.idForm}`);
  }
  return before.n === 0 ? out : undefined;
}

function parseCell(raw: string, c: Column): unknown {
  switch (c.type ?? 'string') {
    case 'string':
      return raw;
    case 'list':
      return splitList(raw);
    case 'int':
      return /^-?\d+$/.test(raw) ? Number(raw) : { error: `"${raw}" is not a whole number` };
    case 'year':
      return /^\d{4}$/.test(raw) ? Number(raw) : { error: `"${raw}" is not a four-digit year` };
    case 'number': {
      const n = Number(raw);
      return /^-?\d+(\.\d+)?(e-?\d+)?$/i.test(raw) && Number.isFinite(n) ? n : { error: `"${raw}" is not a number` };
    }
    case 'bool':
      if (raw === 'true') return true;
      if (raw === 'false') return false;
      return { error: `"${raw}" is not true, false or empty` };
    case 'date':
      return isValidDate(raw) ? raw : { error: `"${raw}" is not an ISO 8601 date at source precision (YYYY, YYYY-MM or YYYY-MM-DD)` };
  }
}

function searchText(values: Record<string, unknown>, cols: readonly string[]): string {
  const parts = new Set<string>();
  for (const c of cols) {
    const v = values[c];
    for (const s of Array.isArray(v) ? v : [v]) if (typeof s === 'string' && s) parts.add(s.toLowerCase());
  }
  return [...parts].join('\n');
}

function compileNode(r: SeedRow, spec: NodeKind, v: Record<string, unknown>, nodes: Map<NodeLabel, PropsRow[]>, addRel: AddRel): void {
  const props: PropsRow = { id: v.id };
  const model = NODE_LABELS[spec.label] as Record<string, string>;
  for (const p of Object.keys(model)) props[p] = null;
  for (const c of spec.columns) {
    if (c.skip || c.name === 'id') continue;
    const p = c.prop ?? c.name;
    if (p in model) props[p] = v[c.name];
  }
  props.searchText = searchText(v, spec.searchable);
  // A partial date's span, stored beside it for the database to compare (see DATE_BOUNDS).
  for (const p of DATE_BOUNDS[spec.label] ?? []) {
    const d = props[p];
    const [lo, hi] = typeof d === 'string' && d ? dateBounds(d) : [null, null];
    props[`${p}Lo`] = lo;
    props[`${p}Hi`] = hi;
  }
  let list = nodes.get(spec.label);
  if (!list) nodes.set(spec.label, (list = []));
  list.push(props);

  const fact: PropsRow = { sources: v.sources, citation: v.citation ?? null };
  for (const d of spec.derived ?? []) {
    const target = v[d.column];
    for (const t of Array.isArray(target) ? target : target ? [target] : []) addRel(r, d.type, String(v.id), String(t), '', fact);
  }
}

function compileRel(r: SeedRow, spec: RelKind, v: Record<string, unknown>, labelOf: Map<string, NodeLabel>, addRel: AddRel, issue: Issue): void {
  const fromId = String(v[spec.fromColumn]);
  const toId = String(v[spec.toColumn]);
  let type = spec.type;
  if (!type) {
    const t = String(r.values.type ?? '').trim();
    const allowed = isRelType(t) ? LINK_TYPES[t] : undefined;
    if (!allowed) {
      issue(r, 'type', `"${t}" is not an allowed link type (${Object.keys(LINK_TYPES).join(', ')})`);
      return;
    }
    const from = labelOf.get(fromId);
    const to = labelOf.get(toId);
    if (!from) return issue(r, spec.fromColumn, `"${fromId}" is not a known id`);
    if (!to) return issue(r, spec.toColumn, `"${toId}" is not a known id`);
    if (!allowed.some(([a, b]) => a === from && b === to)) {
      return issue(r, 'type', `${t} cannot join a ${from} to a ${to} (allowed: ${allowed.map(([a, b]) => `${a}->${b}`).join(', ')})`);
    }
    type = t as RelType;
  }
  const key = spec.keyColumns.map((k) => (v[k] === null || v[k] === undefined ? '' : String(v[k]))).join('|');
  const props: PropsRow = {};
  for (const c of spec.columns) if (!c.skip) props[c.prop ?? c.name] = v[c.name];
  // What a published reliance certainly says, stored beside it for the database to filter on.
  if (type === 'RELIES_ON') Object.assign(props, relianceBounds(props.percent as number | null, props.text as string | null));
  addRel(r, type, fromId, toId, key, props);
}
