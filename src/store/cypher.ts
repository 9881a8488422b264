import fs from 'node:fs';
import path from 'node:path';
import { ENTITY_LABEL, NODE_LABELS, REL_TYPES, SUBLABEL_NAMES, isNodeLabel, isRelType, sublabelsOf, type Props } from '../domain/model.js';
import type { Backend } from './port.js';

/**
 * The statements in cypher/, by name. A name is the file's path below cypher/
 * without `.cypher` (`mineral/by-ids`); a file of the same name under
 * `cypher/<backend>/` replaces the portable one for that backend (a dialect file).
 *
 * Seed statements are templates: `{{Label}}`, `{{From}}`, `{{To}}` and `{{TYPE}}`
 * take identifiers from src/domain/model.ts only, and `{{SET x}}` expands to
 * `x.p = row.p` for every property the model gives that label or type.
 * `{{SET_TYPED x}}` is Kùzu's form: Kùzu infers a struct parameter's field types
 * from its values, so a null in the first row, or 100 beside 12.5, binds the wrong
 * type (and an INT64-bound 12.5 is stored as garbage). The Kùzu adapter therefore
 * sends template rows as text (null as '', lists joined by '|', see
 * `encodeTemplateRows`), and `{{SET_TYPED x}}` decodes each field to the model's
 * type. `{{LABELS n}}` sets a node's labels besides its own (`n:Entity`, plus
 * `:ExecutiveOrder` where the model says so, see `entityLabels`) and `{{UNLABEL n}}`
 * removes the sub-labels of its label that the rows do not qualify for, so a changed
 * `kind` moves a node out of a sub-label too (Neo4j only). `{{FACT r:TYPE}}` returns a fact
 * list's relationship as columns (`factColumns`), `{{END o}}` its other end, whole or (`EndIdOnly`)
 * its id alone, and `{{IDS m}}` the ids it is read for (`OneKey`). Nothing from a request ever
 * reaches the text.
 */
export class MissingStatementError extends Error {
  constructor(readonly names: readonly string[], dir: string) {
    super(`cypher/ is missing ${names.map((n) => `${n}.cypher`).join(', ')} (looked in ${dir} and its backend folder)`);
    this.name = 'MissingStatementError';
  }
}

const BACKENDS: readonly Backend[] = ['kuzu', 'neo4j'];

/** `{{MODEL_LABELS}}`: the model's node labels as a Cypher list literal (Neo4j nodes carry others too). */
const MODEL_LABELS_LITERAL = `[${Object.keys(NODE_LABELS).map((l) => `'${l}'`).join(', ')}]`;

export interface TemplateVars {
  Label?: string;
  From?: string;
  To?: string;
  TYPE?: string;
  /** Labels besides Label, from `entityLabels` (default: :Entity alone). */
  Labels?: readonly string[];
  /**
   * Composed parts of a connection statement (`{{MATCH}}`, `{{WHERE}}`, `{{ORDER}}`, `{{AFTER}}`, `{{RETURN}}`,
   * `{{DEGREE}}` and `{{SCAN}}` (connection/count-degree, neo4j/connection/page-dense), and on Kùzu `{{BIND}}`):
   * text made by src/repo/connections/compile.ts from fragment files and the model's
   * property names only; request values stay parameters.
   */
  Slots?: Readonly<Record<string, string>>;
  /**
   * Kùzu bulk statements (`{{FILE}}`, see `readsFile`): the CSV file the adapter wrote
   * the rows to (a path it made, never a request value), and whether Kùzu may read it
   * in parallel (not when a value spans lines).
   */
  File?: string;
  Parallel?: boolean;
  /**
   * `{{FACT r:TYPE}}` (a fact list's relationship, see `factColumns`): false leaves out the
   * provenance properties (`PROVENANCE_PROPS`), which only the fields that print them need.
   */
  Provenance?: boolean;
  /** `{{END o}}`: true returns only the other end's id (`o.id AS oid`), for a selection that asks nothing else of it; otherwise the node `o`. */
  EndIdOnly?: boolean;
  /**
   * `{{IDS m}}`: true tests one id by equality (`m.id = $id`), otherwise a list (`m.id IN $ids`).
   * Kùzu 0.11 seeks its primary key for an equality but scans the label for an `IN` list, even of
   * one id (100x, gallium's production rows: 3.5 ms against 5.4 ms).
   */
  OneKey?: boolean;
}

/**
 * The properties that say where a fact comes from (its sources, note and citation): lists and
 * long texts. Kùzu 1x, five minerals' 150 production rows with whole countries, two rounds:
 * 5.3 and 6.0 ms with them, 4.4 and 3.9 ms without (for one mineral's 18 rows the rounds
 * disagreed: 3.4 against 2.0 ms, then 2.7 against 2.7 ms).
 */
export const PROVENANCE_PROPS: ReadonlySet<string> = new Set(['sources', 'noteSources', 'note', 'citation']);

/** The column of a fact row that holds its relationship type; `FACT_PREFIX` + name holds each property. */
export const FACT_TYPE_COLUMN = 'rtype';
export const FACT_PREFIX = 'rp_';
/** The column `{{END o}}` returns the other end's id in when only its id is read. */
export const END_ID_COLUMN = 'oid';

/**
 * `{{FACT r:TYPE}}`: a relationship returned as its type and one column per property the model
 * gives TYPE (`'PRODUCES' AS rtype, r.year AS rp_year, ...`) rather than as a whole relationship,
 * which Kùzu converts at more cost (Kùzu 1x, two rounds: 18 rows 4.4 and 3.3 ms whole, 3.4 and
 * 2.7 ms as columns; 150 rows 6.7 and 9.3 against 5.3 and 6.0 ms). src/repo/loaders.ts reads the
 * columns back.
 */
function factColumns(v: string, type: string, provenance: boolean): string {
  if (!isRelType(type)) throw new Error(`unknown relationship type ${type}`);
  const props = Object.keys(REL_TYPES[type].props).filter((k) => provenance || !PROVENANCE_PROPS.has(k));
  return [`'${type}' AS ${FACT_TYPE_COLUMN}`, ...props.map((k) => `${v}.${k} AS ${FACT_PREFIX}${k}`)].join(', ');
}

/** What a Kùzu bulk statement's file path may contain: it is written into the text, so no quote or escape. */
const SAFE_FILE = /^[A-Za-z0-9_\-./]+$/;

export class CypherRegistry {
  private readonly texts = new Map<string, string>();
  private readonly rendered = new Map<string, string>();

  private constructor(readonly dir: string, readonly backend: Backend) {}

  static load(dir: string, backend: Backend): CypherRegistry {
    const reg = new CypherRegistry(dir, backend);
    for (const file of listCypherFiles(dir)) {
      const [first, ...rest] = file.split('/');
      if (BACKENDS.includes(first as Backend)) {
        if (first === backend) reg.texts.set(stripExt(rest.join('/')), readStatement(path.join(dir, file)));
      } else if (!reg.texts.has(stripExt(file))) {
        reg.texts.set(stripExt(file), readStatement(path.join(dir, file)));
      }
    }
    // Dialect files win over portable ones whatever order the walk found them in.
    for (const file of listCypherFiles(path.join(dir, backend))) {
      reg.texts.set(stripExt(file), readStatement(path.join(dir, backend, file)));
    }
    return reg;
  }

  /** Fails fast, at start-up, if any statement the code uses has no file. */
  assertHas(names: readonly string[]): this {
    const missing = names.filter((n) => !this.texts.has(n));
    if (missing.length > 0) throw new MissingStatementError(missing, this.dir);
    return this;
  }

  has(name: string): boolean {
    return this.texts.has(name);
  }

  names(): string[] {
    return [...this.texts.keys()].sort();
  }

  /** A fragment file's text (cypher/connection/...), for the connection compiler to compose. */
  fragment(name: string): string {
    const raw = this.texts.get(name);
    if (raw === undefined) throw new MissingStatementError([name], this.dir);
    return raw;
  }

  /**
   * Whether the statement reads its rows from a file (`{{FILE}}`): the Kùzu adapter then
   * writes `params.rows` to a CSV file and passes its path as `File` (cypher/kuzu/seed/bulk-*).
   */
  readsFile(name: string): boolean {
    return /\{\{FILE\}\}/.test(this.texts.get(name) ?? '');
  }

  /** The statement text, with template variables filled from the model. */
  text(name: string, vars?: TemplateVars): string {
    // A file statement's text names its own file: render it, never cache it.
    if (vars?.File !== undefined) return this.renderWhole(name, vars);
    const key = vars
      ? `${name}\u0000${vars.Label ?? ''}\u0000${vars.TYPE ?? ''}\u0000${vars.From ?? ''}\u0000${vars.To ?? ''}\u0000${(vars.Labels ?? []).join(':')}` +
        (vars.Slots ? `\u0000${JSON.stringify(vars.Slots)}` : '') +
        (vars.Provenance === false ? '\u0000lean' : '') +
        (vars.EndIdOnly === true ? '\u0000end-id' : '') +
        (vars.OneKey === true ? '\u0000one-key' : '')
      : name;
    const cached = this.rendered.get(key);
    if (cached !== undefined) return cached;
    const out = this.renderWhole(name, vars);
    this.rendered.set(key, out);
    return out;
  }

  private renderWhole(name: string, vars?: TemplateVars): string {
    const raw = this.texts.get(name);
    if (raw === undefined) throw new MissingStatementError([name], this.dir);
    const out = (vars ? render(raw, vars) : raw)
      .replace(/\{\{MODEL_LABELS\}\}/g, MODEL_LABELS_LITERAL)
      .replace(/\{\{FACT ([a-z]):([A-Z_]+)\}\}/g, (_, v: string, type: string) => factColumns(v, type, vars?.Provenance !== false))
      .replace(/\{\{END ([a-z])\}\}/g, (_, v: string) => (vars?.EndIdOnly === true ? `${v}.id AS ${END_ID_COLUMN}` : v))
      .replace(/\{\{IDS ([a-z])\}\}/g, (_, v: string) => (vars?.OneKey === true ? `${v}.id = $id` : `${v}.id IN $ids`));
    if (/\{\{/.test(out)) throw new Error(`statement ${name} has unfilled template variables`);
    return out;
  }

  /** Statements of a multi-statement file (schema DDL), split on `;` at line ends. */
  statements(name: string): string[] {
    return this.text(name)
      .split(/;\s*(?:\n|$)/)
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
  }
}

/** The model's properties of a template's Label, or of its TYPE when it has one (unknown names throw). */
function propsOf(vars: TemplateVars): Props | undefined {
  let props: Props | undefined;
  if (vars.Label !== undefined) {
    if (!isNodeLabel(vars.Label)) throw new Error(`unknown label ${vars.Label}`);
    props = NODE_LABELS[vars.Label];
  }
  if (vars.TYPE !== undefined) {
    if (!isRelType(vars.TYPE)) throw new Error(`unknown relationship type ${vars.TYPE}`);
    props = REL_TYPES[vars.TYPE].props;
  }
  return props;
}

function render(raw: string, vars: TemplateVars): string {
  const props = propsOf(vars);
  for (const end of [vars.From, vars.To]) {
    if (end !== undefined && !isNodeLabel(end)) throw new Error(`unknown label ${end}`);
  }
  const extra = vars.Labels ?? [ENTITY_LABEL];
  for (const l of extra) {
    if (l !== ENTITY_LABEL && !(SUBLABEL_NAMES as readonly string[]).includes(l)) throw new Error(`unknown extra label ${l}`);
  }
  const removed = vars.Label !== undefined && isNodeLabel(vars.Label) ? sublabelsOf(vars.Label).filter((l) => !extra.includes(l)) : [];
  const slotted = vars.Slots
    ? raw.replace(/\{\{(MATCH|WHERE|ORDER|AFTER|BIND|RETURN|DEGREE|SCAN)\}\}/g, (_, k: string) => {
        const v = vars.Slots![k];
        if (v === undefined) throw new Error(`template variable ${k} not given`);
        return v;
      })
    : raw;
  return bulk(slotted, vars, props)
    .replace(/\{\{LABELS ([a-z])\}\}/g, (_, v: string) => `${v}:${extra.join(':')}`)
    .replace(/\{\{UNLABEL ([a-z])\}\}/g, (_, v: string) => (removed.length > 0 ? `REMOVE ${v}:${removed.join(':')}` : ''))
    .replace(/\{\{(Label|From|To|TYPE)\}\}/g, (_, k: 'Label' | 'From' | 'To' | 'TYPE') => {
      const v = vars[k];
      if (v === undefined) throw new Error(`template variable ${k} not given`);
      return v;
    })
    .replace(/\{\{(SET|SET_TYPED) ([a-z])\}\}/g, (_, how: string, v: string) => {
      if (!props) throw new Error('{{SET}} needs a Label or TYPE');
      const p = props;
      return Object.keys(p)
        .filter((k) => k !== 'key')
        .map((k) => (how === 'SET' ? `${v}.${k} = row.${k}` : `${v}.${k} = ${decodeText(`row.${k}`, p[k])}`))
        .join(', ');
    });
}

/** A statement file's text without its comment lines (they explain; engines need not see them). */
function readStatement(file: string): string {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => !/^\s*\/\//.test(l))
    .join('\n')
    .trim()
    .replace(/;\s*$/, '');
}

function stripExt(f: string): string {
  return f.replace(/\.cypher$/, '');
}

/** Every .cypher file below dir, as paths relative to it with forward slashes. */
export function listCypherFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const ent of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${ent.name}` : ent.name;
      if (ent.isDirectory()) walk(r);
      else if (ent.name.endsWith('.cypher')) out.push(r);
    }
  };
  walk('');
  return out.sort();
}

/**
 * Kùzu bulk statements: `{{FILE}}` and `{{CSV_OPTIONS}}` name the CSV file and how to
 * read it; `{{COPY_COLUMNS}}` lists the properties written, `{{COPY_HEADERS}}` types
 * the file's columns as text (c0, c1, ...: after `c_from, c_to` for relationships) and
 * `{{COPY_DECODE}}` turns each back into the model's type, in the order of
 * `bulkColumns`, the order the adapter writes them.
 */
function bulk(text: string, vars: TemplateVars, props: Props | undefined): string {
  if (!/\{\{(FILE|CSV_OPTIONS|COPY_[A-Z]+)\}\}/.test(text)) return text;
  if (!props) throw new Error('a bulk statement needs a Label or TYPE');
  const file = vars.File;
  if (file === undefined || !SAFE_FILE.test(file)) throw new Error(`a bulk statement's file must be a plain path, not ${String(file)}`);
  const cols = bulkColumns(vars);
  return text
    .replace(/\{\{FILE\}\}/g, `'${file}'`)
    .replace(/\{\{CSV_OPTIONS\}\}/g, `header=true, escape='\\\\', parallel=${vars.Parallel ? 'true' : 'false'}`)
    .replace(/\{\{COPY_COLUMNS\}\}/g, cols.join(', '))
    .replace(/\{\{COPY_HEADERS\}\}/g, cols.map((_, i) => `c${i} STRING`).join(', '))
    // A relationship's key is '' where one pair has one fact: kept as '' (the merges match on it), never null.
    .replace(/\{\{COPY_DECODE\}\}/g, cols.map((c, i) => (c === 'key' ? `coalesce(c${i}, '')` : decodeCopy(`c${i}`, c === 'id' ? 'STRING' : props[c]))).join(', '));
}

/** The properties a bulk file holds, in its column order: a node's id first, a relationship's props (key among them). */
export function bulkColumns(vars: TemplateVars): string[] {
  const props = propsOf(vars);
  if (!props) throw new Error('a bulk statement needs a Label or TYPE');
  return vars.TYPE !== undefined ? Object.keys(props) : ['id', ...Object.keys(props)];
}

/**
 * Kùzu COPY: a text column back to its model type, null for ''. Not `decodeText`'s CASE:
 * COPY evaluates both branches, so CAST('' AS INT64) would fail; nullif never casts ''.
 */
function decodeCopy(col: string, type: string): string {
  const v = `nullif(${col}, '')`;
  return type === 'STRING' ? v : type === 'STRING[]' ? `string_split(${v}, '|')` : `CAST(${v} AS ${type})`;
}

/** Kùzu: the expression that turns a text-encoded field back into its model type (null for ''). */
function decodeText(expr: string, type: string): string {
  const value =
    type === 'STRING' ? expr
    : type === 'STRING[]' ? `string_split(${expr}, '|')`
    : type === 'BOOLEAN' ? `${expr} = 'true'`
    : `CAST(${expr} AS ${type})`;
  return `CASE WHEN ${expr} = '' THEN CAST(NULL AS ${type}) ELSE ${value} END`;
}

/** Kùzu: every field of every template row as text; the inverse of `decodeText`. */
export function encodeTemplateRows(params: Record<string, unknown>): Record<string, unknown> {
  const rows = params.rows;
  if (!Array.isArray(rows)) return params;
  const enc = (v: unknown): string => {
    if (v === null || v === undefined) return '';
    if (Array.isArray(v)) {
      for (const x of v) if (String(x).includes('|')) throw new Error(`a list value may not contain "|": ${String(x)}`);
      return v.join('|');
    }
    return String(v);
  };
  return {
    ...params,
    rows: rows.map((r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, enc(v)]))),
  };
}
