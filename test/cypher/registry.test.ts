import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NODE_LABELS, REL_TYPES } from '../../src/domain/model.js';
import { CypherRegistry, listCypherFiles, MissingStatementError } from '../../src/store/cypher.js';
import { tempKuzu } from '../support/stores.js';
import { ALL_STATEMENTS } from '../../src/store/statements.js';
import { CONNECTION_FRAGMENTS, DIALECT_FRAGMENTS } from '../../src/repo/connections/compile.js';

const CYPHER = fileURLToPath(new URL('../../cypher', import.meta.url));

describe('cypher/', () => {
  it('has a file for every statement the code sends, on both backends', () => {
    for (const backend of ['kuzu', 'neo4j'] as const) {
      expect(() => CypherRegistry.load(CYPHER, backend).assertHas([...ALL_STATEMENTS, ...CONNECTION_FRAGMENTS, ...DIALECT_FRAGMENTS[backend]])).not.toThrow();
    }
  });

  it('holds no file that nothing uses', () => {
    const used = new Set([...ALL_STATEMENTS, ...CONNECTION_FRAGMENTS, ...Object.values(DIALECT_FRAGMENTS).flat()]);
    const unused = listCypherFiles(CYPHER)
      .map((f) => f.replace(/\.cypher$/, '').replace(/^(kuzu|neo4j)\//, ''))
      .filter((name) => !used.has(name));
    expect(unused).toEqual([]);
  });

  it('fails at start-up, naming the file, when a statement is missing', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cmg-cypher-'));
    fs.writeFileSync(path.join(dir, 'a.cypher'), 'RETURN 1');
    expect(() => CypherRegistry.load(dir, 'kuzu').assertHas(['a', 'b/c'])).toThrow(MissingStatementError);
    expect(() => CypherRegistry.load(dir, 'kuzu').assertHas(['a', 'b/c'])).toThrow(/b\/c\.cypher/);
    fs.rmSync(dir, { recursive: true });
  });

  it('prefers a dialect file and renders seed templates from the model only', () => {
    const k = CypherRegistry.load(CYPHER, 'kuzu');
    const n = CypherRegistry.load(CYPHER, 'neo4j');
    expect(n.text('entity/by-ids')).toContain(':Entity');
    expect(k.text('entity/by-ids')).not.toContain(':Entity');
    expect(n.text('seed/merge-node', { Label: 'Mineral' })).toContain('MERGE (n:Mineral {id: row.id})');
    expect(() => n.text('seed/merge-node', { Label: 'Mineral) DETACH DELETE (x' })).toThrow(/unknown label/);
    expect(() => n.text('seed/merge-rel', { TYPE: 'LISTS', From: 'ListEdition', To: 'Nope' })).toThrow(/unknown label/);
  });

  it('creates in Kùzu exactly the tables and properties of the model', async () => {
    const { store, dispose } = await tempKuzu();
    try {
      const reg = CypherRegistry.load(CYPHER, 'kuzu');
      const ddl = reg.statements('schema').join('\n');
      for (const [label, props] of Object.entries(NODE_LABELS)) {
        const m = ddl.match(new RegExp(`CREATE NODE TABLE IF NOT EXISTS ${label}\\((.*)\\)`));
        expect(m, label).not.toBeNull();
        const cols = Object.fromEntries(m![1].split(/,\s*/).map((c) => c.split(' ').slice(0, 2)));
        expect(cols).toEqual({ id: 'STRING', ...props });
      }
      for (const [type, spec] of Object.entries(REL_TYPES)) {
        const line = ddl.split('\n').find((l) => l.startsWith(`CREATE REL TABLE IF NOT EXISTS ${type}(`));
        expect(line, type).toBeDefined();
        for (const [a, b] of spec.pairs) expect(line).toContain(`FROM ${a} TO ${b}`);
        for (const [p, t] of Object.entries(spec.props)) expect(line).toContain(`${p} ${t}`);
      }
      // Applying the schema twice is harmless (IF NOT EXISTS).
      await store.applySchema();
    } finally {
      await dispose();
    }
  });
});
