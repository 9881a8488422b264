import { afterAll, beforeAll, expect, it } from 'vitest';
import { neighbourhoodChain } from '../../bench/operations.js';
import type { GraphStore } from '../../src/store/port.js';
import { data } from '../support/graphql.js';
import { describeOnBackend, seededStore } from '../support/stores.js';

/**
 * The benchmark compares each GraphQL request with a raw lower bound that must return the
 * same data. The neighbourhood's is a chain of statements with its own cut (bench/operations.ts):
 * its relationships and kept nodes must be the answer's.
 */
describeOnBackend('the benchmark’s raw neighbourhood bound', () => {
  let store: GraphStore;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ store, dispose } = await seededStore());
  });
  afterAll(async () => dispose());

  it.each([
    ['CHN', 2, 200],
    ['CHN', 1, 20],
    ['gallium', 2, 500],
    ['IDN', 3, 150],
  ])('around %s, depth %i, limit %i: the same relationships and nodes as the GraphQL answer', async (id, depth, limit) => {
    const chain = neighbourhoodChain(id, depth, limit);
    let sent = 0;
    const rows = await chain.run((s) => {
      sent++;
      return store.read(s);
    });
    expect(sent).toBeLessThanOrEqual(chain.statements);
    const d = (await data(store, `{ neighborhood(id: "${id}", depth: ${depth}, limit: ${limit}) {
      truncated nodes { id } relationships { type from { id } to { id } } } }`)).neighborhood;
    const key = (t: unknown, f: unknown, o: unknown) => `${String(t)} ${String(f)} ${String(o)}`;
    const ours = d.relationships.map((r: { type: string; from: { id: string }; to: { id: string } }) => key(r.type, r.from.id, r.to.id)).sort();
    expect(ours.length).toBeGreaterThan(0);
    expect(rows.map((r) => key(r.type, r.fromId, r.toId)).sort()).toEqual(ours);
    // Every node the answer keeps is an end of one of its relationships or the centre.
    const ends = new Set([id, ...rows.flatMap((r) => [String(r.fromId), String(r.toId)])]);
    for (const n of d.nodes as { id: string }[]) expect(ends.has(n.id), n.id).toBe(true);
  });
});
