import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore, ReadOptions, Statement } from '../../src/store/port.js';
import { PROVENANCE_FIELDS } from '../../src/graphql/selection.js';
import { data } from '../support/graphql.js';
import { describeOnBackend, seededStore } from '../support/stores.js';

/**
 * A mineral's fact lists read their relationships' sources, note and citation only when the
 * selection prints one of them: the lean read must answer every other field exactly as the
 * whole read does. The fields come from the schema (introspection), so a field added later
 * that needs a provenance property fails here.
 */
const LISTS = { importReliance: 'ImportReliance', importSources: 'ImportSource', producers: 'ProductionShare', reserves: 'Reserve', indicators: 'Indicator', listedIn: 'Listing' } as const;
const PROVENANCE = PROVENANCE_FIELDS;
const MINERALS = ['gallium', 'nickel', 'germanium', 'cobalt', 'lithium', 'tungsten'];

interface TypeRef { kind: string; ofType: TypeRef | null }
const isObject = (t: TypeRef): boolean => (t.kind === 'OBJECT' || t.kind === 'INTERFACE' || t.kind === 'UNION' ? true : t.ofType ? isObject(t.ofType) : false);

describeOnBackend('fact lists and their provenance', () => {
  let store: GraphStore;
  let dispose: () => Promise<void>;
  let fields: Record<string, { name: string; object: boolean }[]>;
  /** Every read the store answers while `run` runs: its name, whether it left provenance out and whether it read only the other end's id. */
  async function reads(run: () => Promise<unknown>): Promise<{ name: string; lean: boolean; endId: boolean; oneKey?: boolean }[]> {
    const seen: { name: string; lean: boolean; endId: boolean; oneKey?: boolean }[] = [];
    const read = store.read.bind(store);
    // One read at a time through `read` (no readAll batches, Neo4j's), so each is seen here.
    const all = store.readAll;
    Object.assign(store, { readAll: undefined });
    store.read = (s: Statement, o?: ReadOptions) => {
      seen.push({ name: s.name, lean: s.vars?.Provenance === false, endId: s.vars?.EndIdOnly === true, ...(s.vars?.OneKey ? { oneKey: true } : {}) });
      return read(s, o);
    };
    try {
      await run();
    } finally {
      store.read = read;
      Object.assign(store, { readAll: all });
    }
    return seen;
  }
  /** Every field of every list; the provenance fields only `withProvenance`; of each entity its id, and its name too `withNames`. */
  const selection = (withProvenance: boolean, withNames: boolean) =>
    Object.entries(LISTS)
      .map(([list, type]) => {
        const picked = fields[type].filter((f) => withProvenance || !PROVENANCE.has(f.name));
        return `${list} { ${picked.map((f) => (f.object ? `${f.name} { id${withNames && f.name !== 'sources' ? ' displayName' : ''} }` : f.name)).join(' ')} }`;
      })
      .join('\n');
  /** One request for every mineral (aliases), so each list is one batched read. */
  const query = (withProvenance: boolean, withNames = withProvenance) =>
    `{ ${MINERALS.map((id, i) => `m${i}: mineral(id: "${id}") { id ${selection(withProvenance, withNames)} }`).join('\n')} }`;
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
    const noName = (v: unknown) => (v && typeof v === 'object' && 'displayName' in v ? Object.fromEntries(Object.entries(v).filter(([n]) => n !== 'displayName')) : v);
    const strip = (m: Record<string, unknown>) =>
      Object.fromEntries(
        Object.entries(m).map(([k, v]) => [k, Array.isArray(v) ? v.map((f) => Object.fromEntries(Object.entries(f).filter(([n]) => !PROVENANCE.has(n)).map(([n, x]) => [n, noName(x)]))) : v]),
      );
    expect(lean.m).toEqual(whole.m.map(strip));
    for (const list of Object.keys(LISTS)) expect(whole.m.some((m: Record<string, unknown[]>) => m[list].length > 0), `${list} has facts`).toBe(true);
    // Some of those facts print provenance, so the lean read had something to leave out.
    expect(whole.m.flatMap((m: Record<string, { sources: unknown[] }[]>) => m.producers.flatMap((p) => p.sources)).length).toBeGreaterThan(0);
    // Every fact statement read whole for the first request, lean for the second.
    // The listings' other end is an edition, whose year orders them: always read whole.
    const facts = (rs: { name: string; lean: boolean; endId: boolean }[]) =>
      [...new Set(rs.filter((r) => r.name.startsWith('rel/mineral-') && r.name !== 'rel/mineral-groups').map((r) => `${r.name}${r.lean ? ' lean' : ''}${r.endId ? ' end-id' : ''}`))].sort();
    expect(facts(wholeReads)).toEqual(['import-sources', 'indicators', 'listings', 'producers', 'reliance', 'reserves'].map((n) => `rel/mineral-${n}`));
    expect(facts(leanReads)).toEqual(
      ['import-sources lean end-id', 'indicators lean end-id', 'listings lean', 'producers lean end-id', 'reliance lean end-id', 'reserves lean end-id'].map((n) => `rel/mineral-${n}`),
    );
    // Ends printed by id alone cost no read of their own: the lean request reads the six lists,
    // the minerals and the listings' issuers (through the editions), nothing else.
    expect(leanReads.filter((r) => r.name.startsWith('entity/')).map((r) => r.name).sort()).toEqual(MINERALS.map(() => 'entity/one-of-label'));
  });

  it('answers a batch of minerals, read in one statement per list, as one mineral at a time (read by equality)', async () => {
    const ids = JSON.stringify(MINERALS);
    let batched: any;
    const rs = await reads(async () => (batched = await data(store, `{ minerals(first: 10, where: { id: { in: ${ids} } }) { edges { node { id ${selection(true, true)} } } } }`)));
    // Each mineral its own request: its lists are read for one key (an aliased request reads them together).
    const oneAtATime = async (withProvenance: boolean) => {
      const out: any[] = [];
      for (const id of MINERALS) out.push((await data(store, `{ mineral(id: "${id}") { id ${selection(withProvenance, withProvenance)} } }`)).mineral);
      return out;
    };
    const one = await oneAtATime(true);
    const byId = new Map(batched.minerals.edges.map((e: { node: { id: string } }) => [e.node.id, e.node]));
    expect([...byId.keys()].sort()).toEqual([...MINERALS].sort());
    for (const m of one) expect(byId.get(m.id), m.id).toEqual(m);
    // One statement per list for all six minerals in the batch; one per mineral, by equality, one at a time.
    expect(rs.filter((r) => r.name === 'rel/mineral-producers')).toHaveLength(1);
    const single = await reads(() => oneAtATime(false));
    expect(single.filter((r) => r.name === 'rel/mineral-producers')).toHaveLength(MINERALS.length);
    expect(single.filter((r) => r.name === 'rel/mineral-producers').every((r) => r.oneKey)).toBe(true);
    expect(rs.filter((r) => r.name === 'rel/mineral-producers').every((r) => !r.oneKey)).toBe(true);
  });

  it('reads a list whole as soon as one of its provenance fields is selected, and a lean field beside it shares that read', async () => {
    const rs = await reads(() => data(store, `{ mineral(id: "gallium") { producers { year sources { id } } productionConcentration reserves { note } worldReserves { text } } }`));
    expect(rs.filter((r) => r.name === 'rel/mineral-producers')).toEqual([{ name: 'rel/mineral-producers', lean: false, endId: true, oneKey: true }]);
    expect(rs.filter((r) => r.name === 'rel/mineral-reserves')).toEqual([{ name: 'rel/mineral-reserves', lean: false, endId: true, oneKey: true }]);
    // Whichever field comes first: the reads one tick asks of a statement are one read of all they need.
    const reversed = await reads(() => data(store, `{ mineral(id: "gallium") { productionConcentration worldReserves { text } producers { year sources { id } } reserves { note country { name } } } }`));
    expect(reversed.filter((r) => r.name === 'rel/mineral-producers')).toEqual([{ name: 'rel/mineral-producers', lean: false, endId: true, oneKey: true }]);
    expect(reversed.filter((r) => r.name === 'rel/mineral-reserves')).toEqual([{ name: 'rel/mineral-reserves', lean: false, endId: false, oneKey: true }]);
  });
});
