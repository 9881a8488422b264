import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import kuzu from 'kuzu';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSeeds } from '../../src/seeds/load.js';
import { CYPHER_DIR, SEEDS_DIR, loadCypher } from '../../src/store/create.js';
import { KuzuStore } from '../../src/store/kuzu-store.js';

/**
 * A Kùzu folder made before LISTS.verification, the release/latest properties of
 * RELIES_ON and PRODUCES, and the spans, reliance bounds, headline and latest-year flags computed at load existed still loads seeds/: the schema adds the columns
 * (CREATE ... IF NOT EXISTS alone would leave the old tables as they were).
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cmg-kuzu-upgrade-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('a Kùzu folder of the previous schema', () => {
  it('gains the new columns on start-up and loads seeds/', async () => {
    const schema = fs.readFileSync(path.join(CYPHER_DIR, 'kuzu/schema.cypher'), 'utf8');
    const old = schema
      .split(/;\s*\n/)
      .map((s) => s.trim())
      .filter((s) => s && !/^(\/\/[^\n]*\n)*ALTER /.test(s))
      // The headline flag of statistical facts, computed at load since the neighbourhood asks the database for shown facts only.
      // The latest-year and latest-period flags, computed at load since compiled connections filter by them.
      .map((s) => s.replace(/, inLatest(Year|Period) BOOLEAN\)$/, ')'))
      .map((s) => s.replace(/, headline BOOLEAN\)$/, ')'))
      .filter((s) => !/TABLE IF NOT EXISTS (RESERVES|FORM_OF)\(/.test(s)) // tables the previous schema did not have
      .map((s) => (/TABLE IF NOT EXISTS LISTS\(/.test(s) ? s.replace(', verification STRING)', ')') : s))
      .map((s) => (/TABLE IF NOT EXISTS RELIES_ON\(/.test(s) ? s.replace(', release STRING, latest BOOLEAN, relianceLo DOUBLE, relianceHi DOUBLE)', ')') : s))
      .map((s) => (/TABLE IF NOT EXISTS PRODUCES\(/.test(s) ? s.replace(', release STRING, latest BOOLEAN)', ')') : s))
      // The partial dates' spans (model DATE_BOUNDS), added with the translate layer.
      .map((s) => s.replace(/, (published|date|founded)Lo STRING, \1Hi STRING\)$/, ')'));
    expect(old.some((s) => s.includes('REL TABLE IF NOT EXISTS LISTS(') && !s.includes('verification'))).toBe(true);
    expect(old.some((s) => s.includes('REL TABLE IF NOT EXISTS RELIES_ON(') && !s.includes('release') && !s.includes('relianceLo'))).toBe(true);
    expect(old.filter((s) => /(published|date|founded)(Lo|Hi)/.test(s))).toEqual([]);
    expect(old.filter((s) => s.includes('headline') || s.includes('inLatest'))).toEqual([]);
    const db = new kuzu.Database(path.join(dir, 'graph.kuzu'));
    const conn = new kuzu.Connection(db);
    for (const s of old) await conn.query(s);
    await conn.close();
    await db.close();

    const store = new KuzuStore(loadCypher('kuzu'), { path: dir, bufferPoolMb: 128 });
    try {
      await store.applySchema();
      await loadSeeds(store, SEEDS_DIR);
      const rows = await store.read({ name: 'meta/rels-between', params: { from: 'AUS-2024', to: 'nickel' } });
      expect(rows.map((r) => (r.r as { props: Record<string, unknown> }).props.verification)).toEqual(['verified']);
      // The columns computed at load are there and filled.
      const reliance = await store.read({ name: 'meta/rels-between', params: { from: 'USA', to: 'gallium' } });
      expect(reliance.some((r) => (r.r as { type: string; props: Record<string, unknown> }).props.relianceHi === 100)).toBe(true);
      expect(reliance.filter((r) => { const rel = r.r as { type: string; props: Record<string, unknown> }; return rel.type === 'RELIES_ON' && rel.props.headline === true; })).toHaveLength(1);
      // USA's latest reliance year in seeds/ is 2024 (MCS 2025): those facts, and only those, are flagged.
      const relies = reliance.map((r) => r.r as { type: string; props: Record<string, unknown> }).filter((r) => r.type === 'RELIES_ON');
      expect(relies.filter((r) => r.props.inLatestYear === true).map((r) => r.props.year)).toEqual(expect.arrayContaining([2024]));
      expect(relies.filter((r) => r.props.inLatestYear === true).every((r) => r.props.year === 2024)).toBe(true);
      expect(relies.filter((r) => r.props.year !== 2024).every((r) => r.props.inLatestYear === false)).toBe(true);
      const eo = await store.read({ name: 'meta/node-by-id', params: { id: 'eo-14017' } });
      expect(eo[0]?.n).toMatchObject({ props: { dateLo: '2021-02-24', dateHi: '2021-02-24' } });
    } finally {
      await store.close();
    }
  });
});
