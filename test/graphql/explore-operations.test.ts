/**
 * The operations /explore sends (src/explore/client/queries.ts): valid against the
 * schema, within the default cost limit at their own maxima, and answering on every
 * backend what the page draws. Expected values are read from the seed files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse, validate, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GUARDRAILS } from '../../src/config.js';
import { OPERATIONS, NEIGHBORHOOD, NEIGHBORHOOD_MAX } from '../../src/explore/client/queries.js';
import { measureOperation } from '../../src/graphql/guardrails.js';
import { getSchema } from '../../src/graphql/schema.js';
import { csvObjects, parseCsv } from '../../src/seeds/csv.js';
import { SEEDS_DIR } from '../../src/store/create.js';
import { data } from '../support/graphql.js';
import { forEachSeededBackend } from '../support/stores.js';

const rows = (file: string) => csvObjects(parseCsv(fs.readFileSync(path.join(SEEDS_DIR, file), 'utf8'))).map((x) => x.values);

describe('the explorer’s operations', () => {
  it('are valid against the schema', async () => {
    const schema = await getSchema();
    for (const [name, text] of Object.entries(OPERATIONS)) expect(validate(schema, parse(text)).map((e) => e.message), name).toEqual([]);
  });

  it('a neighbourhood at the field’s own maximum (depth 3, limit 500) with the fields the explorer draws is within the default cost limit', async () => {
    const schema = await getSchema();
    const doc = parse(NEIGHBORHOOD);
    const op = doc.definitions[0] as OperationDefinitionNode;
    const m = measureOperation(schema, doc, op, { id: 'CHN', depth: 3, limit: NEIGHBORHOOD_MAX }, DEFAULT_GUARDRAILS.defaultListSize);
    // 1 (neighborhood) + 500 nodes + 500 relationships x (1 + from + to).
    expect(m.cost).toBe(1 + 500 + 500 * 3);
    expect(m.cost).toBeLessThanOrEqual(DEFAULT_GUARDRAILS.maxCost);
    expect(m.depth).toBeLessThanOrEqual(DEFAULT_GUARDRAILS.maxDepth);
  });
});

forEachSeededBackend('the explorer’s operations answer', (store) => {
  it('search finds gallium first; its neighbourhood draws nodes with labels and relationships with ids', async () => {
    const s = await data(store(), OPERATIONS.SEARCH, { text: 'gallium' });
    expect(s.search[0].node).toMatchObject({ id: 'gallium', label: 'Mineral' });
    const n = await data(store(), OPERATIONS.NEIGHBORHOOD, { id: 'gallium', depth: 1, limit: 50 });
    const ids = n.neighborhood.nodes.map((x: any) => x.id);
    expect(ids[0]).toBe('gallium');
    const editions = rows('listings.csv').filter((l) => l.mineral === 'gallium').map((l) => l.edition);
    for (const e of editions) expect(ids).toContain(e);
    for (const r of n.neighborhood.relationships) {
      expect(r.id).toMatch(/^rel:/);
      expect(ids).toContain(r.from.id);
      expect(ids).toContain(r.to.id);
    }
  });

  it('a relationship’s panel has its sources, with titles as the sources file gives them', async () => {
    const n = await data(store(), OPERATIONS.NEIGHBORHOOD, { id: 'gallium', depth: 1, limit: 50 });
    const lists = n.neighborhood.relationships.find((r: any) => r.type === 'LISTS' && r.from.id === 'USA-2022');
    const d = await data(store(), OPERATIONS.RELATIONSHIP_DETAILS, { id: lists.id });
    const seed = rows('listings.csv').find((l) => l.edition === 'USA-2022' && l.mineral === 'gallium')!;
    const sourceRows = [...rows('sources.seeds.csv'), ...rows('sources.usgs.csv')];
    expect(d.relationship.sources.map((s: any) => s.id).sort()).toEqual(seed.sources.split('|').sort());
    for (const s of d.relationship.sources) expect(s.title).toBe(sourceRows.find((r) => r.id === s.id)!.title);
  });

  it('a node’s panel answers for every type drawn around Indonesia', async () => {
    const n = await data(store(), OPERATIONS.NEIGHBORHOOD, { id: 'IDN', depth: 2, limit: 200 });
    const byType = new Map<string, string>();
    for (const x of n.neighborhood.nodes) if (!byType.has(x.label)) byType.set(x.label, x.id);
    expect(byType.size).toBeGreaterThan(2);
    for (const [label, id] of byType) {
      const d = await data(store(), OPERATIONS.NODE_DETAILS, { id });
      expect(d.node, label).toMatchObject({ id, label });
      expect(d.node.sources.length, `${label} ${id} sources`).toBeGreaterThan(0);
    }
  });

  it('paths from Indonesia to nickel exist over links, through its ore export ban', async () => {
    const d = await data(store(), OPERATIONS.PATHS, { from: 'IDN', to: 'nickel' });
    expect(d.paths.length).toBeGreaterThan(0);
    expect(d.paths.some((p: any) => p.nodes.some((x: any) => x.id === 'idn-nickel-ore-export-ban-2020'))).toBe(true);
    for (const p of d.paths) for (const r of p.relationships) expect(r.id).toMatch(/^rel:/);
  });
});
