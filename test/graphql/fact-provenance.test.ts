import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore, ReadOptions, Statement } from '../../src/store/port.js';
import { data } from '../support/graphql.js';
import { describeOnBackend, seededStore } from '../support/stores.js';

/**
 * A mineral's fact lists read their relationships' sources, note and citation only when the
 * selection prints one of them: the lean read must answer every other field exactly as the
 * whole read does. The fields come from the schema (introspection), so a field added later
 * that needs a provenance property fails here.
 */
const LISTS = { importReliance: 'ImportReliance', importSources: 'ImportSource', producers: 'ProductionShare', reserves: 'Reserve', indicators: 'Indicator', listedIn: 'Listing' } as const;
const PROVENANCE = new Set(['sources', 'note', 'citation']);
const MINERALS = ['gallium', 'nickel', 'germanium', 'cobalt', 'lithium', 'tungsten'];

interface TypeRef { kind: string; ofType: TypeRef | null }
const isObject = (t: TypeRef): boolean => (t.kind === 'OBJECT' || t.kind === 'INTERFACE' || t.kind === 'UNION' ? true : t.ofType ? isObject(t.ofType) : false);

describeOnBackend('fact lists and their provenance', () => {
  let store: GraphStore;
  let dispose: () => Promise<void>;
  let fields: Record<string, { name: string; object: boolean }[]>;
  /** Every read the store answers while `run` runs: its name and whether it left provenance out. */
  async function reads(run: () => Promise<unknown>): Promise<{ name: string; lean: boolean }[]> {
    const seen: { name: string; lean: boolean }[] = [];
    const read = store.read.bind(store);
    store.read = (s: Statement, o?: ReadOptions) => {
      seen.push({ name: s.name, lean: s.vars?.Provenance === false });
      return read(s, o);
    };
    try {
      await run();
    } finally {
      store.read = read;
    }
    return seen;
  }
  const selection = (withProvenance: boolean) =>
    Object.entries(LISTS)
      .map(([list, type]) => `${list} { ${fields[type].filter((f) => withProvenance || !PROVENANCE.has(f.name)).map((f) => (f.object ? `${f.name} { id }` : f.name)).join(' ')} }`)
      .join('\n');
  /** One request for every mineral (aliases), so each list is one batched read. */
  const query = (withProvenance: boolean) => `{ ${MINERALS.map((id, i) => `m${i}: mineral(id: "${id}") { id ${selection(withProvenance)} }`).join('\n')} }`;
  const minerals = (d: Record<string, unknown>) => MINERALS.map((_, i) => d[`m${i}`]) as any[];

  beforeAll(async () => {
    ({ store, dispose } = await seededStore());
    fields = {};
    for (const type of Object.values(LISTS)) {
      const d = await data(store, `query ($t: String!) { __type(name: $t) { fields { name args { name } type { kind ofType { kind ofType { kind ofType { kind } } } } } } }`, { t: type });
      fields[type] = d.__type.fields.filter((f: { args: unknown[] }) => f.args.length === 0).map((f: { name: string; type: TypeRef }) => ({ name: f.name, object: isObject(f.type) }));
    }
  });
  afterAll(async () => dispose());

  it('answers every field but the provenance ones as the whole read does, from the lean statements', async () => {
    for (const type of Object.values(LISTS)) expect(fields[type].map((f) => f.name), type).toEqual(expect.arrayContaining(['sources', 'citation']));
    let whole: any;
    let lean: any;
    const wholeReads = await reads(async () => (whole = { m: minerals(await data(store, query(true))) }));
    const leanReads = await reads(async () => (lean = { m: minerals(await data(store, query(false))) }));
    expect(whole.m.map((m: { id: string }) => m.id)).toEqual(MINERALS);
    // The whole answer, without the provenance fields, is the lean answer.
    const strip = (m: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(m).map(([k, v]) => [k, Array.isArray(v) ? v.map((f) => Object.fromEntries(Object.entries(f).filter(([n]) => !PROVENANCE.has(n)))) : v]));
    expect(lean.m).toEqual(whole.m.map(strip));
    for (const list of Object.keys(LISTS)) expect(whole.m.some((m: Record<string, unknown[]>) => m[list].length > 0), `${list} has facts`).toBe(true);
    // Some of those facts print provenance, so the lean read had something to leave out.
    expect(whole.m.flatMap((m: Record<string, { sources: unknown[] }[]>) => m.producers.flatMap((p) => p.sources)).length).toBeGreaterThan(0);
    // Every fact statement read whole for the first request, lean for the second.
    const facts = (rs: { name: string; lean: boolean }[], lean: boolean) =>
      new Set(rs.filter((r) => r.name.startsWith('rel/mineral-') && r.name !== 'rel/mineral-groups').map((r) => `${r.name} ${r.lean === lean}`));
    const names = ['import-sources', 'indicators', 'listings', 'producers', 'reliance', 'reserves'].map((n) => `rel/mineral-${n} true`);
    expect([...facts(wholeReads, false)].sort()).toEqual(names);
    expect([...facts(leanReads, true)].sort()).toEqual(names);
  });

  it('reads a list whole as soon as one of its provenance fields is selected, and a lean field beside it shares that read', async () => {
    const rs = await reads(() => data(store, `{ mineral(id: "gallium") { producers { year sources { id } } productionConcentration reserves { note } worldReserves { text } } }`));
    expect(rs.filter((r) => r.name === 'rel/mineral-producers')).toEqual([{ name: 'rel/mineral-producers', lean: false }]);
    expect(rs.filter((r) => r.name === 'rel/mineral-reserves')).toEqual([{ name: 'rel/mineral-reserves', lean: false }]);
  });
});
