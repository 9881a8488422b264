/**
 * The Neo4j adapter against a real Neo4j 5 (the local one of tools/neo4j, or
 * NEO4J_URI): what only a real server shows. Runs in the `neo4j` project only; Kùzu
 * has no labels beside its tables, no Bolt and no query plans of this kind.
 */
import fs from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { NODE_LABELS, REL_TYPES, type PropType } from '../../src/domain/model.js';
import { csvObjects, parseCsv } from '../../src/seeds/csv.js';
import { SEEDS_DIR, loadCypher } from '../../src/store/create.js';
import { Neo4jStore } from '../../src/store/neo4j-store.js';
import { STATEMENTS } from '../../src/store/statements.js';
import { isGraphNode } from '../../src/store/values.js';
import { describeOnBackend, neo4jTarget, seededStore, type TestStore } from '../support/stores.js';

/** Neo4j's valueType() names of the model's property types. */
const VALUE_TYPE: Record<PropType, string> = {
  STRING: 'STRING NOT NULL', INT64: 'INTEGER NOT NULL', DOUBLE: 'FLOAT NOT NULL', BOOLEAN: 'BOOLEAN NOT NULL', 'STRING[]': 'LIST<STRING NOT NULL> NOT NULL',
};

describeOnBackend('the Neo4j adapter against a real server', () => {
  let t: TestStore;
  let driver: Driver;
  /** Cypher straight through the driver, to look at the graph as a direct user does. */
  const cypher = async (text: string, params: Record<string, unknown> = {}) => (await driver.executeQuery(text, params)).records.map((r) => r.toObject());

  beforeAll(async () => {
    t = await seededStore();
    const target = neo4jTarget();
    driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password));
  });
  afterAll(async () => {
    await driver?.close();
    await t?.dispose();
  });

  it('stores every property with the type the model gives it: a whole DOUBLE as a float, an INT64 as an integer', async () => {
    let checked = 0;
    const pairs: [string, string, PropType, string][] = [
      ...Object.entries(NODE_LABELS).flatMap(([label, props]) => Object.entries(props).map(([p, type]) => [`(x:${label})`, p, type, label] as [string, string, PropType, string])),
      ...Object.entries(REL_TYPES).flatMap(([type, spec]) => Object.entries(spec.props).map(([p, pt]) => [`()-[x:${type}]->()`, p, pt, type] as [string, string, PropType, string])),
    ];
    for (const [pattern, prop, type, owner] of pairs) {
      const rows = await cypher(`MATCH ${pattern} WHERE x.${prop} IS NOT NULL RETURN DISTINCT valueType(x.${prop}) AS t, count(*) AS n`);
      for (const r of rows) {
        checked += Number(r.n);
        expect(r.t, `${owner}.${prop}`).toBe(VALUE_TYPE[type]);
      }
    }
    expect(checked).toBeGreaterThan(1000);
    // The case the rule is for: whole percentages (100) are floats beside 12.5.
    const [whole] = await cypher('MATCH ()-[r:RELIES_ON]->() WHERE r.percent = 100 RETURN count(r) AS n, collect(DISTINCT valueType(r.percent)) AS types');
    expect(Number(whole.n)).toBeGreaterThan(0);
    expect(whole.types).toEqual(['FLOAT NOT NULL']);
  });

  it('labels every node :Entity, Sources included, so id lookups and `sources` see them all', async () => {
    const [missing] = await cypher('MATCH (n) WHERE NOT n:Entity RETURN count(n) AS n');
    expect(Number(missing.n)).toBe(0);
    const [sources] = await cypher('MATCH (s:Source:Entity) RETURN count(s) AS n');
    const cited = await t.store.read({ name: STATEMENTS.citedSources });
    expect(Number(sources.n)).toBeGreaterThanOrEqual(cited.length);
    // The lookup `sources` resolves through finds every cited source.
    const found = await t.store.read({ name: STATEMENTS.entityByIds, params: { ids: cited.map((r) => r.id) } });
    expect(found.filter((r) => isGraphNode(r.n) && r.n.label === 'Source')).toHaveLength(cited.length);
  });

  it('labels executive orders :ExecutiveOrder beside :Policy, and only them; a changed kind moves a node out', async () => {
    const policies = csvObjects(parseCsv(fs.readFileSync(path.join(SEEDS_DIR, 'policies.csv'), 'utf8'))).map((r) => r.values);
    const expected = policies.filter((p) => p.kind === 'executive-order').map((p) => p.id).sort();
    expect(expected.length).toBeGreaterThan(0);
    const rows = await cypher('MATCH (p:ExecutiveOrder) RETURN p.id AS id, p:Policy AS policy ORDER BY id');
    expect(rows.map((r) => r.id)).toEqual(expected);
    expect(rows.every((r) => r.policy === true)).toBe(true);
    // The node keeps its model label, never the sub-label, wherever it is read.
    const [hit] = await t.store.read({ name: STATEMENTS.entityByIds, params: { ids: [expected[0]] } });
    expect(isGraphNode(hit.n) && hit.n.label).toBe('Policy');

    const row = (await cypher('MATCH (p:Policy {id: $id}) RETURN properties(p) AS p', { id: expected[0] }))[0].p as Record<string, unknown>;
    const full = Object.fromEntries(Object.keys(NODE_LABELS.Policy).map((k) => [k, row[k] ?? null]));
    await t.store.writeTransaction([{ name: STATEMENTS.mergeNode, vars: { Label: 'Policy', Labels: ['Entity'] }, params: { rows: [{ ...full, id: expected[0], kind: 'law' }] } }]);
    expect(await cypher('MATCH (p:ExecutiveOrder {id: $id}) RETURN p', { id: expected[0] })).toEqual([]);
    await t.store.writeTransaction([{ name: STATEMENTS.mergeNode, vars: { Label: 'Policy', Labels: ['Entity', 'ExecutiveOrder'] }, params: { rows: [{ ...full, id: expected[0] }] } }]);
    expect(await cypher('MATCH (p:ExecutiveOrder {id: $id}) RETURN p.kind AS kind', { id: expected[0] })).toEqual([{ kind: 'executive-order' }]);
  });

  it.each([
    [STATEMENTS.searchCandidates, { t: 'gallium', tNl: 'gallium\n', nlT: '\ngallium', nlTNl: '\ngallium\n', cap: neo4j.int(50) }],
    [STATEMENTS.searchUnranked, { t: 'gallium', limit: neo4j.int(51) }],
  ])('serves search (%s) from the TEXT index on :Entity(searchText): the plan seeks it', async (name, params) => {
    const text = loadCypher('neo4j').text(name);
    const res = await driver.executeQuery(`EXPLAIN ${text}`, params);
    const operators: { name: string; details: string }[] = [];
    const walk = (p: any) => {
      operators.push({ name: String(p.operatorType), details: String(p.arguments?.Details ?? '') });
      for (const c of p.children ?? []) walk(c);
    };
    walk(res.summary.plan);
    const seek = operators.find((o) => /NodeIndexContainsScan/.test(o.name));
    expect(seek, operators.map((o) => o.name).join(' > ')).toBeDefined();
    expect(seek!.details).toMatch(/TEXT INDEX n:Entity\(searchText\)/);
    expect(operators.some((o) => /NodeByLabelScan|AllNodesScan/.test(o.name))).toBe(false);
  });

  it('reads its own writes through one bookmark manager (causal consistency on a cluster)', async () => {
    const before = await t.store.read({ name: STATEMENTS.countNodes });
    await t.store.writeTransaction([{ name: STATEMENTS.mergeNode, vars: { Label: 'Source' }, params: { rows: [{ id: 'test-bookmark-source', title: 't' }] } }]);
    expect([...(await (t.store as Neo4jStore).bookmarks.getBookmarks())].length).toBeGreaterThan(0);
    const after = await t.store.read({ name: STATEMENTS.countNodes });
    expect(Number(after[0].count)).toBe(Number(before[0].count) + 1);
    await cypher('MATCH (s:Source {id: "test-bookmark-source"}) DELETE s');
  });

  it('works unchanged over the neo4j:// routing scheme, as a cluster or Aura is reached', async () => {
    const target = neo4jTarget();
    const routed = new Neo4jStore(loadCypher('neo4j'), { ...target, uri: target.uri.replace(/^bolt:/, 'neo4j:') });
    try {
      await routed.ping();
      const rows = await routed.read({ name: STATEMENTS.entityByIds, params: { ids: ['gallium', 'CHN'] } });
      expect(rows.map((r) => (isGraphNode(r.n) ? r.n.props.id : null)).sort()).toEqual(['CHN', 'gallium']);
    } finally {
      await routed.close();
    }
  });
});
