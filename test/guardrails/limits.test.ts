import 'reflect-metadata';
import { buildSchema, getIntrospectionQuery, GraphQLError, parse, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_GUARDRAILS } from '../../src/config.js';
import { getSchema } from '../../src/graphql/schema.js';
import { enforceLimits, measureOperation, QueryTooComplexError, DEFAULT_QUERY_LIMITS } from '../../src/graphql/guardrails.js';
import { readExamples } from '../../src/http/graphiql.js';
import { REPO_ROOT } from '../../src/store/create.js';
import { seededStore, serve } from './helpers.js';
import path from 'node:path';

/** A schema of the shapes the cost rule must weigh, independent of what the real one holds today. */
const shapes = buildSchema(`
  type Query {
    minerals(first: Int, after: String): MineralConnection!
    mineral(id: ID!): Mineral
    search(text: String!, first: Int): [Hit!]!
    neighborhood(id: ID!, limit: Int = 25): Subgraph!
    timeline(limit: Int): [Event!]!
  }
  type MineralConnection { totalCount: Int! pageInfo: PageInfo! edges: [MineralEdge!]! }
  type PageInfo { hasNextPage: Boolean! }
  type MineralEdge { cursor: String! node: Mineral! }
  type Mineral { id: ID! name: String! aliases: [String!]! listedIn: [Listing!]! }
  type Listing { edition: Edition! }
  type Edition { id: ID! minerals: [Mineral!]! }
  type Hit { score: Float! node: Mineral! }
  type Subgraph { nodes: [Mineral!]! relationships: [Rel!]! }
  type Rel { type: String! }
  type Event { date: String! }
`);

function measure(source: string, variables: Record<string, unknown> = {}, schema = shapes) {
  const doc = parse(source);
  const op = doc.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode;
  return measureOperation(schema, doc, op, variables, DEFAULT_QUERY_LIMITS.defaultListSize);
}

describe('measureOperation: depth, aliases, directives and cost', () => {
  const page = '{ totalCount pageInfo { hasNextPage } edges { cursor node { id name } } }';

  it('weighs a connection by `first`: the lists under it (edges) count first times, pageInfo once, scalars nothing', () => {
    // minerals 1 + totalCount 0 + pageInfo 1 + edges 10 x (1 + cursor 0 + node 1)
    expect(measure(`{ minerals(first: 10) ${page} }`)).toEqual({ depth: 4, aliases: 0, directives: 0, cost: 22 });
    expect(measure(`{ minerals(first: 100) ${page} }`).cost).toBe(202);
  });

  it('reads `first` from variables, then the variable default, then the resolvers’ default page (50)', () => {
    const q = `query Q($n: Int) { minerals(first: $n) ${page} }`;
    expect(measure(q, { n: 100 }).cost).toBe(202);
    expect(measure(q, {}).cost).toBe(102);
    expect(measure(`query Q($n: Int = 5) { minerals(first: $n) ${page} }`, {}).cost).toBe(12);
  });

  it('weighs `limit` too: on a list itself, and on an object whose lists it sizes (a subgraph), with the argument’s schema default', () => {
    expect(measure('{ timeline(limit: 7) { date } }').cost).toBe(7);
    expect(measure('{ neighborhood(id: "x") { nodes { id } relationships { type } } }').cost).toBe(1 + 25 + 25);
    expect(measure('{ neighborhood(id: "x", limit: 200) { nodes { id name } relationships { type } } }').cost).toBe(1 + 200 + 200);
    expect(measure('{ search(text: "x", first: 3) { score node { id } } }').cost).toBe(3 * (1 + 1));
  });

  it('gives a list of objects without a size the default weight, and scalars and lists of scalars none', () => {
    expect(measure('{ mineral(id: "g") { listedIn { edition { id } } } }').cost).toBe(1 + 20 * (1 + 1));
    expect(measure('{ mineral(id: "g") { aliases } }').cost).toBe(1);
    expect(measure('{ mineral(id: "g") { id name aliases } }').cost).toBe(1);
  });

  it('multiplies nested lists, so a fan-out query costs what it could return', () => {
    const m = measure('{ minerals(first: 100) { edges { node { listedIn { edition { minerals { id } } } } } } }');
    expect(m.depth).toBe(7);
    expect(m.cost).toBe(100 * (1 + 1 + 20 * (1 + 1 + 20 * 1)) + 1);
  });

  it('counts depth in fields (fragments add none), aliases and directives through fragments', () => {
    const m = measure(`
      query Q @skip(if: false) { a: mineral(id: "g") { ...F } b: mineral(id: "h") { ... on Mineral { x: id @include(if: true) } } }
      fragment F on Mineral { y: name @skip(if: false) listedIn { edition { id } } }
    `);
    expect(m).toMatchObject({ depth: 4, aliases: 4, directives: 3 });
  });

  it('measures a fragment bomb (each fragment spreading the next twice) without expanding it, and its cost is huge', () => {
    const n = 40;
    const frags = Array.from({ length: n }, (_, i) => `fragment F${i} on Mineral { ...F${i + 1} ...F${i + 1} }`).join('\n');
    const started = process.hrtime.bigint();
    const m = measure(`{ mineral(id: "g") { ...F0 } } ${frags} fragment F${n} on Mineral { listedIn { edition { id } } }`);
    expect(m.cost).toBeGreaterThan(2 ** 39);
    expect(m.depth).toBe(4);
    // Not a speed assertion: it finishes at all (2^40 expansions would not).
    expect(process.hrtime.bigint() > started).toBe(true);
  });

  it('refuses `first` above 100 or below 0 on any field before anything runs, as GitHub does', () => {
    for (const first of [101, -1]) {
      let err: unknown;
      try {
        measure(`{ minerals(first: ${first}) { totalCount } }`);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(GraphQLError);
      expect((err as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
      expect((err as GraphQLError).message).toMatch(/`first` must be a whole number from 0 to 100/);
    }
  });

  it('enforceLimits names the limit, its value and what was found', () => {
    const limits = DEFAULT_QUERY_LIMITS;
    const base = { depth: 1, aliases: 0, directives: 0, cost: 1 };
    const cases = [
      [{ ...base, depth: 7 }, 'depth', 6, 7],
      [{ ...base, aliases: 16 }, 'aliases', 15, 16],
      [{ ...base, directives: 51 }, 'directives', 50, 51],
      [{ ...base, cost: 5001 }, 'cost', 5000, 5001],
    ] as const;
    for (const [m, limit, max, found] of cases) {
      let err: unknown;
      try {
        enforceLimits(m, limits);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(QueryTooComplexError);
      expect((err as QueryTooComplexError).extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit, max, found });
      expect((err as Error).message).toContain(`limit is ${max}`);
    }
    expect(() => enforceLimits(base, limits)).not.toThrow();
    // A batch shares one budget: what earlier operations spent counts.
    expect(() => enforceLimits({ ...base, cost: 3000 }, limits, 2500)).toThrow(/could return up to 5500 objects/);
  });

  it('defaults are no looser than graphql-armor’s (depth 6, aliases 15, directives 50, tokens 1000, cost 5000)', () => {
    expect(DEFAULT_GUARDRAILS).toMatchObject({ maxDepth: 6, maxAliases: 15, maxDirectives: 50, maxTokens: 1000, maxCost: 5000 });
    expect(DEFAULT_QUERY_LIMITS).toMatchObject({ maxDepth: 6, maxAliases: 15, maxDirectives: 50, maxCost: 5000 });
  });
});

describe('the limits over HTTP, before execution', () => {
  let dispose: () => Promise<void>;
  let s: Awaited<ReturnType<typeof serve>>;
  let store: Awaited<ReturnType<typeof seededStore>>['store'];

  beforeAll(async () => {
    const k = await seededStore();
    store = k.store;
    dispose = k.dispose;
    s = await serve({ store, examples: [] });
  });
  afterAll(async () => {
    await s?.server.close();
    await dispose?.();
  });

  /** Posts an operation that must be refused without a single store round trip. */
  async function refused(query: string, variables?: Record<string, unknown>) {
    const before = store.stats.statements;
    const res = await s.post({ query, variables });
    const body: any = await res.json();
    expect(store.stats.statements, 'the store was not touched').toBe(before);
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].extensions.requestId).toBe(res.headers.get('x-request-id'));
    return { status: res.status, error: body.errors[0] };
  }

  it('refuses a query nested past the depth limit with QUERY_TOO_COMPLEX naming depth 6', async () => {
    const { status, error } = await refused('{ mineral(id: "gallium") { listedIn { edition { minerals { listedIn { edition { id } } } } } } }');
    expect(status).toBe(400);
    expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'depth', max: 6, found: 7 });
    expect(error.message).toMatch(/7 levels deep; the limit is 6/);
  });

  it('refuses 16 aliases (limit 15)', async () => {
    const fields = Array.from({ length: 16 }, (_, i) => `a${i}: mineral(id: "gallium") { id }`).join(' ');
    const { error } = await refused(`{ ${fields} }`);
    expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'aliases', max: 15, found: 16 });
  });

  it('refuses 51 directives (limit 50)', async () => {
    const fields = Array.from({ length: 51 }, () => 'id @include(if: true)').join(' ');
    const { error } = await refused(`{ mineral(id: "gallium") { ${fields} } }`);
    expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'directives', max: 50, found: 51 });
  });

  it('refuses a document of more than 1000 tokens while parsing it', async () => {
    const { status, error } = await refused(`{ mineral(id: "gallium") { ${'id '.repeat(1200)} } }`);
    expect(status).toBe(400);
    expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'tokens', max: 1000 });
    expect(error.message).toMatch(/more than 1000 tokens/);
  });

  it('refuses a fan-out over the cost limit, weighing `first` from variables, and runs the same query with a small page', async () => {
    // 1 + n x (1 + 1 + 20 x (1 + 20)): 42,201 objects at n = 100, 845 at n = 2.
    const q = 'query Q($n: Int) { listEditions(first: $n) { edges { node { id minerals { id listedIn { category } } } } } }';
    const { error } = await refused(q, { n: 100 });
    expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost', max: 5000 });
    expect(error.extensions.found).toBeGreaterThan(5000);
    const ok = await s.gql(q, { n: 2 });
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data.listEditions.edges).toHaveLength(2);
  });

  it('refuses `first: 101` as BAD_USER_INPUT before touching the store', async () => {
    const { status, error } = await refused('{ minerals(first: 101) { totalCount } }');
    expect(status).toBe(400);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
  });

  it('lets GraphiQL’s full introspection query through (graphql-js’s MaxIntrospectionDepthRule bounds introspection)', async () => {
    const q = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true });
    const { body } = await s.gql(q);
    expect(body.errors).toBeUndefined();
    expect(body.data.__schema.queryType.name).toBe('Query');
    const deep = await s.gql('{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }');
    expect(deep.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('passes every operation of schema/examples.graphql within the default limits (so GraphiQL’s tabs all run)', async () => {
    const examples = readExamples(path.join(REPO_ROOT, 'schema', 'examples.graphql'));
    expect(examples.length).toBeGreaterThan(0);
    const schema = await getSchema();
    const report: string[] = [];
    for (const ex of examples) {
      const doc = parse(ex.query);
      const op = doc.definitions.find((d) => d.kind === 'OperationDefinition' && d.name?.value === ex.name) as OperationDefinitionNode;
      const m = measureOperation(schema, doc, op, {}, DEFAULT_GUARDRAILS.defaultListSize);
      report.push(`${ex.name}: depth ${m.depth}, aliases ${m.aliases}, cost ${m.cost}`);
      const res = await s.post({ query: ex.query, operationName: ex.name });
      const body: any = await res.json();
      const complex = (body.errors ?? []).filter((e: any) => e.extensions?.code === 'QUERY_TOO_COMPLEX');
      expect(complex, `${ex.name} is refused by a limit (${JSON.stringify(complex)}); raise that default in src/config.ts if the example is right`).toEqual([]);
    }
    console.log(`examples within limits (depth ${DEFAULT_GUARDRAILS.maxDepth}, cost ${DEFAULT_GUARDRAILS.maxCost}):\n  ${report.join('\n  ')}`);
  });

  it('applies limits given to the server (as the GRAPHQL_MAX_* variables do)', async () => {
    const strict = await serve({ store, guardrails: { maxDepth: 3, maxCost: 30, maxAliases: 1, maxTokens: 200 } });
    try {
      const deep = await strict.gql('{ mineral(id: "gallium") { listedIn { edition { id } } } }');
      expect(deep.body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'depth', max: 3, found: 4 });
      const costly = await strict.gql('{ search(text: "a", first: 40) { node { id } } }');
      expect(costly.body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost', max: 30 });
      const aliased = await strict.gql('{ a: mineral(id: "gallium") { id } b: mineral(id: "cobalt") { id } }');
      expect(aliased.body.errors[0].extensions).toMatchObject({ limit: 'aliases', max: 1, found: 2 });
      const long = await strict.gql(`{ mineral(id: "gallium") { ${'id '.repeat(250)} } }`);
      expect(long.body.errors[0].extensions).toMatchObject({ limit: 'tokens', max: 200 });
      const fine = await strict.gql('{ mineral(id: "gallium") { id } }');
      expect(fine.body).toEqual({ data: { mineral: { id: 'gallium' } } });
    } finally {
      await strict.server.close();
    }
  });
});
