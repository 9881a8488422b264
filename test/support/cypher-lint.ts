/**
 * Static lint of the Cypher the Neo4j adapter sends, with Neo4j's own language
 * tooling (@neo4j-cypher/language-support): its parser and semantic analysis
 * (syntax errors, undefined variables, type errors) plus checks against a
 * database schema built from src/domain/model.ts, so a misspelt label,
 * relationship type or property, or a pattern the model cannot hold, shows up
 * without a running database.
 */
import { isNotParamError, lintCypherQuery, testData } from '@neo4j-cypher/language-support';
import type { DbSchema, Neo4jFunction, Neo4jProcedure, Symbol as LintSymbol, SyntaxDiagnostic } from '@neo4j-cypher/language-support';
import { NODE_LABELS, REL_TYPES, NODE_LABEL_NAMES, REL_TYPE_NAMES } from '../../src/domain/model.js';

/** Neo4j 5 speaks Cypher 5 only (Cypher 25 arrived with the 2025.x servers). */
export const CYPHER_VERSION = 'CYPHER 5';

/** The label every node carries on Neo4j besides its own (see cypher/neo4j/seed/merge-node). */
export const ENTITY_LABEL = 'Entity';

/** LSP DiagnosticSeverity values. */
export const SEVERITY = { Error: 1, Warning: 2, Information: 3, Hint: 4 } as const;

/**
 * Built-in functions and procedures of a real Neo4j server. The package ships
 * no separate default list; the closest is the function/procedure registry of
 * its exported `testData.mockSchema`, dumped from a server that also had APOC
 * and GDS. Only the built-ins are kept (functions flagged `isBuiltIn`,
 * procedures in the server's own namespaces), since the project's Neo4j runs
 * without plugins: a statement calling apoc.* should fail here. With a
 * function list given, the linter reports any other function as an Error.
 */
const BUILT_IN_PROCEDURE_NAMESPACES = ['db.', 'dbms.', 'tx.', 'cdc.'];

function builtInFunctions(): Record<string, Neo4jFunction> {
  const all = testData.mockSchema.functions?.[CYPHER_VERSION] ?? {};
  return Object.fromEntries(Object.entries(all).filter(([, f]) => f.isBuiltIn));
}

function builtInProcedures(): Record<string, Neo4jProcedure> {
  const all = testData.mockSchema.procedures?.[CYPHER_VERSION] ?? {};
  return Object.fromEntries(
    Object.entries(all).filter(([name]) => BUILT_IN_PROCEDURE_NAMESPACES.some((ns) => name.startsWith(ns))),
  );
}

/** The database schema the lint checks against, all from the model. */
export function neo4jLintSchema(): DbSchema {
  const propertyKeys = new Set<string>(['id', 'key']);
  for (const props of Object.values(NODE_LABELS)) for (const k of Object.keys(props)) propertyKeys.add(k);
  for (const spec of Object.values(REL_TYPES)) for (const k of Object.keys(spec.props)) propertyKeys.add(k);

  // Which labels each relationship type may join; every endpoint is also an :Entity.
  const graphSchema: { from: string; to: string; relType: string }[] = [];
  for (const relType of REL_TYPE_NAMES) {
    for (const [from, to] of REL_TYPES[relType].pairs) {
      for (const f of [from, ENTITY_LABEL]) for (const t of [to, ENTITY_LABEL]) graphSchema.push({ from: f, to: t, relType });
    }
  }

  return {
    labels: [...NODE_LABEL_NAMES, ENTITY_LABEL],
    relationshipTypes: [...REL_TYPE_NAMES],
    propertyKeys: [...propertyKeys].sort(),
    graphSchema,
    functions: { [CYPHER_VERSION]: builtInFunctions() },
    procedures: { [CYPHER_VERSION]: builtInProcedures() },
    defaultLanguage: CYPHER_VERSION,
  };
}

/** A linter diagnostic with its message as plain text (the LSP type allows markup). */
export type LintDiagnostic = Omit<SyntaxDiagnostic, 'message'> & { message: string };

export interface LintResult {
  /** Severity Error: syntax, semantics, unknown functions/procedures. */
  errors: LintDiagnostic[];
  /** Warnings that mean the statement names something the model lacks: a bug. */
  schemaWarnings: LintDiagnostic[];
  /** Other warnings and notes, listed but not failing (e.g. deprecations). */
  otherWarnings: LintDiagnostic[];
  /** `$param is not defined`: the driver supplies parameters, so these are expected. */
  parameters: LintDiagnostic[];
}

const NOT_IN_DATABASE = / is not present in the database\. Make sure you didn't misspell it/;
/** warnOnSchemaPathViolations: `[:T] has no outgoing (:L)` and kin, from graphSchema. */
const PATH_VIOLATION = /^(\[:.*\] has no .*\(:.*\)|\(:.*\) has no .*\[:.*\])$/;

/** True for a warning about a label, relationship type or property the schema lacks, or an impossible pattern. */
export function isSchemaWarning(d: LintDiagnostic): boolean {
  return NOT_IN_DATABASE.test(d.message) || PATH_VIOLATION.test(d.message);
}

export function lintNeo4j(statement: string, schema: DbSchema = neo4jLintSchema()): LintResult {
  const { diagnostics, symbolTables } = lintCypherQuery(statement, schema, { consoleCommandsEnabled: false });
  const symbols = symbolTables.flat();
  const out: LintResult = { errors: [], schemaWarnings: [], otherWarnings: [], parameters: [] };
  for (const raw of diagnostics) {
    const d: LintDiagnostic = { ...raw, message: typeof raw.message === 'string' ? raw.message : raw.message.value };
    if (!isNotParamError(d)) out.parameters.push(d);
    else if (d.severity === SEVERITY.Error || d.severity === undefined) out.errors.push(d);
    else if (isSchemaWarning(d) && !isMapKeyWarning(statement, d, symbols)) out.schemaWarnings.push(d);
    else out.otherWarnings.push(d);
  }
  return out;
}

const LABEL_OR_TYPE_WARNING = /^(Label|Relationship type|Label or relationship type) /;

/**
 * The linter's property check misattributes a key read off a map inside a node
 * pattern (`MATCH (a:X {id: row.from})`, where `row` comes from UNWIND $rows)
 * to the pattern's node, and warns that `from` is not a property. Such a
 * warning is kept (as a plain warning) only when the expression's owner is a
 * variable the linter's own symbol table says is not a node or relationship.
 */
function isMapKeyWarning(statement: string, d: LintDiagnostic, symbols: readonly LintSymbol[]): boolean {
  if (!NOT_IN_DATABASE.test(d.message) || LABEL_OR_TYPE_WARNING.test(d.message)) return false;
  const owner = /([A-Za-z_][A-Za-z0-9_]*|`[^`]+`)\s*\.\s*$/.exec(statement.slice(0, d.offsets.start))?.[1]?.replace(/^`|`$/g, '');
  if (!owner) return false;
  const symbol = symbols.find((s) => s.variable === owner);
  return symbol !== undefined && !symbol.types.every((t) => t === 'Node' || t === 'Relationship');
}

/** One line per diagnostic, with where it points in the statement. */
export function describeDiagnostics(statement: string, ds: readonly LintDiagnostic[]): string {
  return ds
    .map((d) => {
      const at = `${d.range.start.line + 1}:${d.range.start.character + 1}`;
      const text = statement.slice(d.offsets.start, d.offsets.end);
      return `  [${severityName(d.severity)} ${at}] ${d.message}${text ? `  <- ${JSON.stringify(text)}` : ''}`;
    })
    .join('\n');
}

function severityName(s: number | undefined): string {
  return s === SEVERITY.Error ? 'error' : s === SEVERITY.Warning ? 'warning' : s === SEVERITY.Information ? 'info' : 'hint';
}
