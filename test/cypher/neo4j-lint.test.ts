/**
 * Lints every statement the Neo4j adapter can send with Neo4j's Cypher language
 * tooling, against a schema built from src/domain/model.ts (see
 * test/support/cypher-lint.ts). A case fails on any Error (syntax, semantics,
 * unknown function) and on warnings that name a label, relationship type or
 * property the model lacks, or a pattern it cannot hold; other warnings are
 * printed. Names come from the registry, so new statements are linted unasked.
 */
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { CypherRegistry, type TemplateVars } from '../../src/store/cypher.js';
import { NODE_LABEL_NAMES, REL_TYPES, REL_TYPE_NAMES } from '../../src/domain/model.js';
import { STATEMENTS } from '../../src/store/statements.js';
import { describeDiagnostics, lintNeo4j, neo4jLintSchema, type LintResult } from '../support/cypher-lint.js';

const CYPHER_DIR = fileURLToPath(new URL('../../cypher', import.meta.url));
const registry = CypherRegistry.load(CYPHER_DIR, 'neo4j');
const schema = neo4jLintSchema();

interface Case {
  title: string;
  text: string;
}

/** Every concrete text the adapter can send for one statement name. */
function casesFor(name: string): Case[] {
  if (name === STATEMENTS.schema) {
    return registry.statements(name).map((text, i) => ({ title: `#${i + 1}: ${text.split('\n')[0]}`, text }));
  }
  if (!isTemplate(name)) return [{ title: name, text: registry.text(name) }];
  // What the template takes decides what it is rendered for: every label, or every (TYPE, From, To) of the model.
  const perLabel: TemplateVars[] = NODE_LABEL_NAMES.map((Label) => ({ Label }));
  const perRel: TemplateVars[] = REL_TYPE_NAMES.flatMap((TYPE) => REL_TYPES[TYPE].pairs.map(([From, To]) => ({ TYPE, From, To })));
  const vars = [perLabel, perRel].find((all) => renders(name, all[0]));
  if (!vars) throw new Error(`statement ${name} is a template taking neither {{Label}} nor {{TYPE}}/{{From}}/{{To}} alone`);
  return vars.map((v) => ({
    title: v.TYPE ? `(:${v.From})-[:${v.TYPE}]->(:${v.To})` : `:${v.Label}`,
    text: registry.text(name, v),
  }));
}

/** A template is a statement whose text still holds `{{` (the registry refuses to hand it out unrendered). */
function isTemplate(name: string): boolean {
  try {
    return /\{\{/.test(registry.text(name));
  } catch (e) {
    if (e instanceof Error && /unfilled template variables/.test(e.message)) return true;
    throw e;
  }
}

/** Whether the template renders with just these variables (it names a missing one otherwise). */
function renders(name: string, vars: TemplateVars): boolean {
  try {
    registry.text(name, vars);
    return true;
  } catch (e) {
    if (e instanceof Error && /template variable \w+ not given|needs a Label or TYPE|unfilled template variables/.test(e.message)) return false;
    throw e;
  }
}

function report(c: Case, r: LintResult): string {
  const parts = [`${c.title}:`];
  if (r.errors.length) parts.push(`errors:\n${describeDiagnostics(c.text, r.errors)}`);
  if (r.schemaWarnings.length) parts.push(`schema warnings:\n${describeDiagnostics(c.text, r.schemaWarnings)}`);
  parts.push(`statement:\n${c.text}`);
  return parts.join('\n');
}

// The connection skeletons and fragments are not statements alone: the statements composed from
// them are linted by test/graphql/connections-compiled.test.ts.
const names = registry.names().filter((n) => !n.startsWith('connection/'));

describe('Neo4j lint of cypher/ (every statement the Neo4j adapter can send)', () => {
  it('finds statements to lint', () => {
    expect(names.length).toBeGreaterThan(0);
    expect(names).toContain(STATEMENTS.schema);
  });

  for (const name of names) {
    describe(name, () => {
      for (const c of casesFor(name)) {
        it(c.title, () => {
          const r = lintNeo4j(c.text, schema);
          if (r.otherWarnings.length) {
            console.warn(`${c.title}: warnings (not failing)\n${describeDiagnostics(c.text, r.otherWarnings)}`);
          }
          expect(r.errors.length + r.schemaWarnings.length, report(c, r)).toBe(0);
        });
      }
    });
  }
});

describe('the Neo4j lint can fail', () => {
  const problems = (text: string) => {
    const r = lintNeo4j(text, schema);
    return [...r.errors, ...r.schemaWarnings].map((d) => d.message);
  };

  it('a correct statement passes (the schema knows the model and the built-ins)', () => {
    expect(
      problems(
        'MATCH (e:ListEdition)-[r:LISTS]->(m:Mineral) WHERE e.id IN $ids AND toLower(m.name) = $q ' +
          'RETURN e.id AS key, count(r) AS n, collect(coalesce(m.nameZh, m.name)) AS names, size(m.aliases) AS k',
      ),
    ).toEqual([]);
  });

  it('reports a syntax error', () => {
    expect(problems('MATCH (n:Mineral RETURN n').join('\n')).toMatch(/Invalid input/);
  });

  it('reports an undefined variable', () => {
    expect(problems('MATCH (n:Mineral) RETURN m').join('\n')).toMatch(/Variable `m` not defined/);
  });

  it('reports a misspelt label, relationship type and property', () => {
    const found = problems('MATCH (n:Minerl)-[r:LIST]->(e:ListEdition) RETURN n.nmae, r, e');
    expect(found.join('\n')).toMatch(/Label Minerl is not present/);
    expect(found.join('\n')).toMatch(/Relationship type LIST is not present/);
    expect(found.join('\n')).toMatch(/nmae is not present/);
  });

  it('reports a pattern the model cannot hold (relationship the wrong way round)', () => {
    expect(problems('MATCH (m:Mineral)-[r:LISTS]->(e:ListEdition) RETURN m, r, e')).toContain('[:LISTS] has no incoming (:Mineral)');
  });

  it('passes keys of a parameter row, but not the same misspelling on a node', () => {
    expect(problems('UNWIND $rows AS row MATCH (a:Mineral {id: row.from}) RETURN a')).toEqual([]);
    expect(problems('UNWIND $rows AS row MATCH (a:Mineral {id: row.from}) RETURN a.from').join('\n')).toMatch(/from is not present/);
  });

  it('reports an unknown function, and a plugin one (no APOC on the server)', () => {
    expect(problems('MATCH (n:Mineral) RETURN tolowr(n.name)').join('\n')).toMatch(/Function tolowr is not present/);
    expect(problems('MATCH (n:Mineral) RETURN apoc.text.clean(n.name)').join('\n')).toMatch(/apoc\.text\.clean/);
  });
});
