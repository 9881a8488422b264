/**
 * The translate layer (src/repo/connections/), in tiers:
 * 1. golden: each representative request's compiled statements and parameters, per backend,
 *    recorded in test/golden/connections/ (UPDATE_GOLDEN=1 rewrites them; review the diff);
 *    the Neo4j texts linted with Neo4j's Cypher analysis; the text depends on the shape only;
 * 2. executed on every backend: the database's answer equals the engine's
 *    (src/graphql/filters/engine.ts, run with CMG_NO_COMPILE=1) page by page, and a compiled
 *    page costs one round trip (two with totalCount).
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getMetadataStorage } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { NODE_LABELS, type NodeLabel } from '../../src/domain/model.js';
import { getSchema } from '../../src/graphql/schema.js';
import { Alliance } from '../../src/graphql/types/alliance.type.js';
import { Country } from '../../src/graphql/types/country.type.js';
import { ListEdition } from '../../src/graphql/types/list-edition.type.js';
import { Mineral } from '../../src/graphql/types/mineral.type.js';
import { Policy } from '../../src/graphql/types/policy.type.js';
import { ALLIANCE_CONNECTION, COUNTRY_CONNECTION, LIST_EDITION_CONNECTION, MINERAL_CONNECTION, POLICY_CONNECTION, type ConnectionSpec } from '../../src/graphql/filters/index.js';
import { compileConnection, type CompileSpec, type PageRequest } from '../../src/repo/connections/compile.js';
import { RELATION_FRAGMENTS } from '../../src/repo/connections/relations.js';
import { CypherRegistry } from '../../src/store/cypher.js';
import { CYPHER_DIR } from '../../src/store/create.js';
import { describeDiagnostics, lintNeo4j } from '../support/cypher-lint.js';
import { data } from '../support/graphql.js';
import { backendUnderTest, forEachSeededBackend } from '../support/stores.js';

const GOLDEN = fileURLToPath(new URL('../golden/connections', import.meta.url));

const spec = <T,>(s: ConnectionSpec<T>): CompileSpec => ({
  label: s.type as CompileSpec['label'],
  scalars: Object.fromEntries(Object.entries(s.scalars).map(([k, v]) => [k, { kind: v.kind }])),
  relations: RELATION_FRAGMENTS[s.type] ?? {},
});

interface Case {
  readonly name: string;
  readonly spec: CompileSpec;
  readonly req: PageRequest;
}

const base = { descending: false, backwards: false, cursor: null, limit: 11 } as const;
const CASES: Case[] = [
  { name: 'minerals-first-10', spec: spec(MINERAL_CONNECTION), req: { ...base, where: null, field: 'ID' } },
  { name: 'minerals-by-name-desc-after', spec: spec(MINERAL_CONNECTION), req: { ...base, where: null, field: 'NAME', descending: true, cursor: ['Gallium', 'gallium'] } },
  { name: 'minerals-by-name-zh-after-unknown', spec: spec(MINERAL_CONNECTION), req: { ...base, where: null, field: 'NAME_ZH', cursor: [null, 'bromine'] } },
  { name: 'minerals-listed-in-edition', spec: spec(MINERAL_CONNECTION), req: { ...base, where: { listedIn: { edition: 'USA-2025', viaGroup: false } }, field: 'ID' } },
  {
    name: 'minerals-listed-in-edition-issuer-desc-after',
    spec: spec(MINERAL_CONNECTION),
    req: { ...base, where: { listedIn: { edition: 'USA-2025', issuer: 'USA' }, isGroup: { equals: false } }, field: 'ID', descending: true, cursor: ['tin', 'tin'] },
  },
  {
    name: 'minerals-listed-in-and-scalars',
    spec: spec(MINERAL_CONNECTION),
    req: { ...base, where: { listedIn: { issuer: 'USA', viaGroup: false }, name: { startsWith: 'g' }, NOT: [{ symbol: { equals: 'Ge' } }], isGroup: { equals: false } }, field: 'NAME' },
  },
  { name: 'minerals-or-listed-in', spec: spec(MINERAL_CONNECTION), req: { ...base, where: { OR: [{ listedIn: { edition: 'USA-2018', viaGroup: false } }, { listedIn: { edition: 'CHN-2016', viaGroup: false } }] }, field: 'ID' } },
  { name: 'minerals-via-group', spec: spec(MINERAL_CONNECTION), req: { ...base, where: { listedIn: { edition: 'USA-2018', viaGroup: true } }, field: 'ID' } },
  { name: 'editions-year-issuer-in', spec: spec(LIST_EDITION_CONNECTION), req: { ...base, where: { year: { gte: 2022 }, issuer: { in: ['USA', 'EUU'] } }, field: 'YEAR', descending: true } },
  { name: 'countries-name-zh-starts-with', spec: spec(COUNTRY_CONNECTION), req: { ...base, where: { nameZh: { startsWith: '中' } }, field: 'NAME' } },
  { name: 'countries-issued-list-contains', spec: spec(COUNTRY_CONNECTION), req: { ...base, where: { issuedList: { contains: 'gallium' } }, field: 'NAME' } },
  { name: 'editions-contains', spec: spec(LIST_EDITION_CONNECTION), req: { ...base, where: { contains: 'gallium', year: { gte: 2020 } }, field: 'ID' } },
  { name: 'policies-names', spec: spec(POLICY_CONNECTION), req: { ...base, where: { names: 'lithium' }, field: 'TITLE' } },
  { name: 'alliances-has-member', spec: spec(ALLIANCE_CONNECTION), req: { ...base, where: { hasMember: 'IND' }, field: 'ACRONYM' } },
  { name: 'minerals-top-import-source-year', spec: spec(MINERAL_CONNECTION), req: { ...base, where: { topImportSource: { importer: 'USA', country: 'CHN', year: 2023 } }, field: 'ID' } },
  {
    name: 'minerals-produced-by-latest-share',
    spec: spec(MINERAL_CONNECTION),
    req: { ...base, where: { producedBy: { country: 'CHN', minShare: 50 } }, field: 'ID' },
  },
  {
    name: 'minerals-flagship',
    spec: spec(MINERAL_CONNECTION),
    req: {
      ...base,
      where: { importReliance: { importer: 'USA', min: 100 }, topImportSource: { importer: 'USA', country: 'CHN' } },
      field: 'ID',
    },
  },
  { name: 'policies-date-range', spec: spec(POLICY_CONNECTION), req: { ...base, where: { date: { gte: '2023-06', lt: '2025' } }, field: 'DATE' } },
  { name: 'minerals-listed-in-projected', spec: spec(MINERAL_CONNECTION), req: { ...base, where: { listedIn: { edition: 'USA-2025' } }, field: 'NAME', project: ['id', 'name', 'aliases'] } },
  { name: 'minerals-last-before', spec: spec(MINERAL_CONNECTION), req: { ...base, where: null, field: 'NAME', backwards: true, cursor: ['Gallium', 'gallium'] } },
];

function render(backend: 'kuzu' | 'neo4j', c: Case): { text: string; page?: string; count?: string } {
  const reg = CypherRegistry.load(CYPHER_DIR, backend);
  const out = compileConnection(reg, c.spec, c.req);
  if (!out) return { text: '-- the engine answers this request (src/graphql/filters/engine.ts)\n' };
  const page = reg.text(out.page.name, out.page.vars);
  const count = reg.text(out.count.name, out.count.vars);
  return {
    text: `-- page (${out.page.name})\n${page}\n-- page parameters\n${JSON.stringify(out.page.params, null, 1)}\n-- count (${out.count.name})\n${count}\n-- count parameters\n${JSON.stringify(out.count.params, null, 1)}\n`,
    page,
    count,
  };
}

describe('compiled connection statements (golden)', () => {
  for (const backend of ['kuzu', 'neo4j'] as const) {
    for (const c of CASES) {
      it(`${backend}: ${c.name}`, () => {
        const { text } = render(backend, c);
        const file = path.join(GOLDEN, `${c.name}.${backend}.txt`);
        if (process.env.UPDATE_GOLDEN === '1' || !fs.existsSync(file)) {
          if (process.env.CI) throw new Error(`no golden file ${file}: run UPDATE_GOLDEN=1 and review it`);
          fs.mkdirSync(GOLDEN, { recursive: true });
          fs.writeFileSync(file, text);
        }
        expect(text).toBe(fs.readFileSync(file, 'utf8'));
      });
    }
  }

  it('Neo4j’s Cypher analysis finds no error and no name outside the model in any compiled statement', () => {
    for (const c of CASES) {
      const { page, count } = render('neo4j', c);
      if (!page || !count) continue;
      for (const text of [page, count]) {
        const r = lintNeo4j(text);
        expect([...r.errors, ...r.schemaWarnings], `${c.name}:\n${describeDiagnostics(text, [...r.errors, ...r.schemaWarnings])}`).toEqual([]);
      }
    }
  });

  it('each connection’s plainFields are exactly its type’s fields that are stored properties with no resolver or getter', async () => {
    await getSchema();
    const storage = getMetadataStorage();
    const ancestry = (c: Function): Function[] => {
      const out: Function[] = [];
      for (let k: any = c; typeof k === 'function' && k !== Function.prototype; k = Object.getPrototypeOf(k)) out.push(k);
      return out;
    };
    for (const [s, cls] of [
      [MINERAL_CONNECTION, Mineral], [COUNTRY_CONNECTION, Country], [LIST_EDITION_CONNECTION, ListEdition], [POLICY_CONNECTION, Policy], [ALLIANCE_CONNECTION, Alliance],
    ] as const) {
      const chain = ancestry(cls);
      const resolved = new Set(storage.fieldResolvers.filter((f) => chain.includes(f.getObjectType?.() as Function)).map((f) => f.schemaName));
      const plain = storage.fields.filter((f) => chain.includes(f.target) && !resolved.has(f.schemaName)).map((f) => f.schemaName).filter((f) => f !== 'id');
      expect([...s.plainFields].sort(), s.type).toEqual([...new Set(plain)].sort());
      for (const f of s.plainFields) expect(Object.keys(NODE_LABELS[s.type as NodeLabel]), `${s.type}.${f}`).toContain(f);
    }
  });

  it('the text depends on the request’s shape only: other values change only the parameters', () => {
    for (const backend of ['kuzu', 'neo4j'] as const) {
      const reg = CypherRegistry.load(CYPHER_DIR, backend);
      const a = compileConnection(reg, spec(MINERAL_CONNECTION), { ...base, where: { listedIn: { edition: 'USA-2025' }, name: { contains: 'ium' } }, field: 'NAME', cursor: ['Gallium', 'gallium'] })!;
      const b = compileConnection(reg, spec(MINERAL_CONNECTION), { ...base, where: { listedIn: { edition: 'EUU-2023' }, name: { contains: 'x' } }, field: 'NAME', cursor: ['Zinc', 'zinc'] })!;
      expect(a.page.name).toBe(b.page.name);
      expect(reg.text(a.page.name, a.page.vars)).toBe(reg.text(b.page.name, b.page.vars));
      expect(a.page.params).not.toEqual(b.page.params);
      // Nothing from the request is in the text.
      for (const v of ['USA-2025', 'ium', 'Gallium']) expect(reg.text(a.page.name, a.page.vars)).not.toContain(v);
    }
  });
});

/** Runs a query with the engine instead of the translate layer. */
async function withEngine<T>(fn: () => Promise<T>): Promise<T> {
  process.env.CMG_NO_COMPILE = '1';
  try {
    return await fn();
  } finally {
    delete process.env.CMG_NO_COMPILE;
  }
}

forEachSeededBackend('compiled connections answer as the engine does', (store) => {
  const requests = [
    ['minerals', '', 'ID', 'ASC'],
    ['minerals', '', 'NAME', 'DESC'],
    ['minerals', '', 'NAME_ZH', 'ASC'],
    ['minerals', 'listedIn: { edition: "USA-2025" }', 'NAME', 'ASC'],
    // Ordered by id, with totalCount counted from the edition's (or mineral's) degree; on Neo4j, page-dense.
    ['minerals', 'listedIn: { edition: "USA-2025" }', 'ID', 'ASC'],
    ['minerals', 'listedIn: { edition: "EUU-2023" }', 'ID', 'DESC'],
    ['minerals', 'listedIn: { edition: "AUS-SML-2023", issuer: "AUS" }', 'ID', 'ASC'],
    ['minerals', 'listedIn: { edition: "AUS-SML-2023", issuer: "USA" }', 'ID', 'ASC'],
    ['minerals', 'listedIn: { edition: "XXX-1999" }', 'ID', 'ASC'],
    ['minerals', 'listedIn: { edition: "USA-2022" }, name: { contains: "i" }', 'ID', 'DESC'],
    ['listEditions', 'contains: "gallium"', 'ID', 'DESC'],
    ['listEditions', 'contains: "no-such-mineral"', 'ID', 'ASC'],
    ['minerals', 'listedIn: { issuer: "USA" }, name: { startsWith: "c" }, NOT: [{ symbol: { equals: "Co" } }]', 'ID', 'DESC'],
    ['minerals', 'OR: [{ listedIn: { edition: "USA-2018" } }, { listedIn: { edition: "CHN-2016" } }], isGroup: { equals: false }', 'ID', 'ASC'],
    ['listEditions', 'year: { gte: 2020 }, issuer: { in: ["USA", "EUU", "CAN"] }', 'YEAR', 'DESC'],
    ['listEditions', '', 'SIZE', 'ASC'],
    ['countries', 'nameZh: { startsWith: "中" }', 'NAME', 'ASC'],
    ['policies', 'kind: { equals: "executive-order" }', 'TITLE', 'DESC'],
    ['policies', 'date: { gte: "2023" }', 'DATE', 'ASC'],
    ['policies', 'date: { equals: "2023-06" }', 'ID', 'ASC'],
    ['policies', 'OR: [{ date: { lt: "2020-03" } }, { date: { gt: "2024-12-31" } }]', 'DATE', 'DESC'],
    ['listEditions', 'published: { lte: "2022-02" }, NOT: [{ published: { equals: "2018" } }]', 'PUBLISHED', 'ASC'],
    ['alliances', 'founded: { gte: "2022-06-14", lt: "2024" }', 'FOUNDED', 'ASC'],
    ['alliances', '', 'ACRONYM', 'ASC'],
    ['countries', 'issuedList: { contains: "gallium" }', 'NAME', 'DESC'],
    ['countries', 'issuedList: { edition: "USA-2022", contains: "gallium" }', 'ID', 'ASC'],
    ['countries', 'issuedList: {}, kind: { equals: "country" }', 'ID', 'ASC'],
    ['listEditions', 'contains: "gallium"', 'YEAR', 'ASC'],
    ['policies', 'names: "lithium"', 'TITLE', 'ASC'],
    ['alliances', 'hasMember: "IND"', 'ACRONYM', 'DESC'],
    ['minerals', 'topImportSource: { importer: "USA", country: "CHN" }', 'NAME', 'ASC'],
    ['minerals', 'topImportSource: { importer: "USA", country: "CHN", year: 2023 }, listedIn: { edition: "USA-2025" }', 'ID', 'ASC'],
    ['minerals', 'topImportSource: { importer: "XXX", country: "CHN" }', 'ID', 'ASC'],
    ['minerals', 'producedBy: { country: "CHN", minShare: 50 }', 'ID', 'ASC'],
    ['minerals', 'producedBy: { country: "IDN", year: 2023 }', 'NAME', 'DESC'],
    ['minerals', 'importReliance: { importer: "USA", min: 100 }, topImportSource: { importer: "USA", country: "CHN" }', 'ID', 'ASC'],
    ['minerals', 'importReliance: { importer: "USA", min: 50 }', 'NAME', 'ASC'],
    ['minerals', 'importReliance: { importer: "USA", max: 25, year: 2023 }', 'ID', 'DESC'],
    ['minerals', 'importReliance: { importer: "USA", min: 10, max: 60 }', 'ID', 'ASC'],
    ['minerals', 'importReliance: { importer: "USA" }', 'ID', 'ASC'],
    // Latest values under NOT and OR, with none to find, and carried past an anchor into an EXISTS.
    ['minerals', 'NOT: [{ importReliance: { importer: "XXX" } }]', 'ID', 'ASC'],
    ['minerals', 'listedIn: { edition: "USA-2025" }, NOT: [{ topImportSource: { importer: "USA", country: "CHN" } }]', 'NAME', 'ASC'],
    ['minerals', 'OR: [{ producedBy: { country: "CHN", minShare: 60 } }, { importReliance: { importer: "USA", min: 100 } }]', 'ID', 'DESC'],
  ] as const;

  for (const [field, where, order, direction] of requests) {
    it(`${field}(where: { ${where} }, orderBy: ${order} ${direction}), page by page`, async () => {
      const q = (after: string | null) =>
        `{ ${field}(first: 7, where: { ${where} }, orderBy: { field: ${order}, direction: ${direction} }${after ? `, after: ${JSON.stringify(after)}` : ''}) {
          totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor startCursor } } }`;
      let after: string | null = null;
      let pages = 0;
      for (; pages < 40; pages++) {
        const mine: any = (await data(store(), q(after)))[field];
        const engine: any = (await withEngine(() => data(store(), q(after))))[field];
        expect(mine).toEqual(engine);
        if (!mine.pageInfo.hasNextPage) break;
        after = mine.pageInfo.endCursor;
      }
      expect(pages).toBeLessThan(40);
    });
  }

  for (const [field, where, order] of [
    ['minerals', '', 'NAME_ZH'],
    ['minerals', 'listedIn: { edition: "USA-2022" }', 'ID'],
    ['listEditions', 'year: { gte: 2018 }', 'YEAR'],
    ['minerals', 'OR: [{ listedIn: { edition: "USA-2018" } }, { symbol: { startsWith: "s" } }]', 'NAME'],
  ] as const) {
    it(`pages backwards with last/before: ${field}(where: { ${where} }, orderBy: ${order}) read from the end is the forward order reversed`, async () => {
      const forward = async () => {
        const out: string[] = [];
        let after: string | null = null;
        for (let i = 0; i < 10; i++) {
          const q: string = `{ ${field}(first: 100, where: { ${where} }, orderBy: { field: ${order}, direction: DESC }${after ? `, after: ${JSON.stringify(after)}` : ''}) {
            edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
          const c: any = ((await data(store(), q)) as any)[field];
          out.push(...c.edges.map((e: any) => e.node.id));
          if (!c.pageInfo.hasNextPage) break;
          after = c.pageInfo.endCursor;
        }
        return out;
      };
      const backward = async () => {
        const out: string[] = [];
        let before: string | null = null;
        for (let i = 0; i < 40; i++) {
          const q: string = `{ ${field}(last: 6, where: { ${where} }, orderBy: { field: ${order}, direction: DESC }${before ? `, before: ${JSON.stringify(before)}` : ''}) {
            edges { node { id } } pageInfo { hasPreviousPage hasNextPage startCursor } } }`;
          const c: any = ((await data(store(), q)) as any)[field];
          expect(c.edges.length).toBeLessThanOrEqual(6);
          out.unshift(...c.edges.map((e: any) => e.node.id));
          if (before) expect(c.pageInfo.hasNextPage).toBe(true);
          if (!c.pageInfo.hasPreviousPage) return out;
          before = c.pageInfo.startCursor;
        }
        throw new Error('more than 40 pages');
      };
      const all = await forward();
      expect(all.length).toBeGreaterThan(6);
      expect(await backward()).toEqual(all);
      expect(await withEngine(backward)).toEqual(all);
    });
  }

  it('refuses first with last, and a before cursor of another order', async () => {
    const { execute } = await import('../support/graphql.js');
    const both = await execute(store(), '{ minerals(first: 3, last: 3) { edges { node { id } } } }');
    expect(both.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const page: any = await data(store(), '{ minerals(first: 2, orderBy: { field: NAME }) { pageInfo { endCursor } } }');
    const wrong = await execute(store(), `{ minerals(last: 2, before: ${JSON.stringify(page.minerals.pageInfo.endCursor)}) { edges { node { id } } } }`);
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'before' });
  });

  // A page whose nodes select only plain fields reads only those properties (RETURN n.x AS v_x):
  // each connection with every plain field selected answers as the engine's whole nodes do.
  for (const [field, s] of [
    ['minerals', MINERAL_CONNECTION], ['countries', COUNTRY_CONNECTION], ['listEditions', LIST_EDITION_CONNECTION],
    ['policies', POLICY_CONNECTION], ['alliances', ALLIANCE_CONNECTION],
  ] as const) {
    it(`${field}: a page selecting only plain fields (${s.plainFields.join(', ')}) answers as whole nodes do`, async () => {
      const q = `{ ${field}(first: 100) { edges { cursor node { __typename id ${s.plainFields.join(' ')} } } } }`;
      const mine: any = await data(store(), q);
      expect(mine[field].edges.length).toBeGreaterThan(2);
      expect(mine).toEqual(await withEngine(() => data(store(), q)));
    });
  }

  it('a page that selects a field with a resolver reads whole nodes, and answers the same', async () => {
    const q = '{ minerals(first: 100, where: { listedIn: { edition: "USA-2018" } }) { edges { node { id name isGroup displayName sources { id } } } } }';
    const mine: any = await data(store(), q);
    expect(mine.minerals.edges.some((e: any) => e.node.isGroup)).toBe(true);
    expect(mine).toEqual(await withEngine(() => data(store(), q)));
  });

  it('a compiled page is one round trip, and totalCount one more only when selected', async () => {
    let before = store().stats.statements;
    const d = await data(store(), '{ minerals(first: 10, where: { listedIn: { edition: "USA-2025" } }) { edges { node { id name } } } }');
    expect(d.minerals.edges).toHaveLength(10);
    expect(store().stats.statements - before).toBe(1);
    before = store().stats.statements;
    await data(store(), '{ minerals(first: 10, where: { listedIn: { edition: "USA-2025" } }) { totalCount edges { node { id } } } }');
    expect(store().stats.statements - before).toBe(2);
  });

  // At the real size every anchor is small, so page-dense reads the anchor's neighbours; with
  // $scanCost at its ends, each side runs alone: both must give connection/page's rows.
  describe.skipIf(backendUnderTest() !== 'neo4j')('page-dense, each side forced (Neo4j only: Kùzu has no page-dense, see PAGE_DENSE)', () => {
    const reg = CypherRegistry.load(CYPHER_DIR, 'neo4j');
    const cases: [string, CompileSpec, PageRequest][] = [
      ['USA-2025 from the start', spec(MINERAL_CONNECTION), { ...base, where: { listedIn: { edition: 'USA-2025' } }, field: 'ID' }],
      ['USA-2025 after a cursor, descending', spec(MINERAL_CONNECTION), { ...base, where: { listedIn: { edition: 'USA-2025' } }, field: 'ID', descending: true, cursor: ['nickel', 'nickel'] }],
      ['EUU-2023 backwards before a cursor', spec(MINERAL_CONNECTION), { ...base, where: { listedIn: { edition: 'EUU-2023' } }, field: 'ID', backwards: true, cursor: ['lithium', 'lithium'] }],
      ['USA-2022 and a name, projected', spec(MINERAL_CONNECTION), { ...base, where: { listedIn: { edition: 'USA-2022', issuer: 'USA' }, name: { contains: 'i' } }, field: 'ID', project: ['id', 'name'] }],
      ['an edition no node has', spec(MINERAL_CONNECTION), { ...base, where: { listedIn: { edition: 'XXX-1999' } }, field: 'ID' }],
      ['editions containing gallium', spec(LIST_EDITION_CONNECTION), { ...base, where: { contains: 'gallium' }, field: 'ID', limit: 4 }],
    ];
    for (const [title, s, req] of cases) {
      it(title, async () => {
        const out = compileConnection(reg, s, req)!;
        expect(out.page.name).toBe('connection/page-dense');
        const ids = async (scanCost: number) =>
          (await store().read({ name: out.page.name, params: { ...out.page.params, scanCost }, vars: out.page.vars })).map((r: any) => r.v_id ?? r.n.props.id);
        // connection/page: the anchored page alone, as on Kùzu.
        const slots = out.page.vars.Slots!;
        const { limit, scanCost: _, ...params } = out.page.params;
        const plain = (
          await store().read({ name: 'connection/page', params: { ...params, limit }, vars: { Label: out.page.vars.Label, Slots: { MATCH: slots.MATCH, WHERE: slots.WHERE, AFTER: slots.AFTER, ORDER: slots.ORDER, RETURN: slots.RETURN } } })
        ).map((r: any) => r.v_id ?? r.n.props.id);
        if (title !== 'an edition no node has') expect(plain.length).toBeGreaterThan(1);
        expect(await ids(0)).toEqual(plain); // the scan along the id index
        expect(await ids(1e12)).toEqual(plain); // the anchor's neighbours
      });
    }
  });
});
