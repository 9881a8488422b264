import type { Statement } from '../src/store/port.js';
import { BENCH_STATEMENTS as S } from '../src/store/statements/bench.js';

/**
 * The benchmark's operations: each is one GraphQL request (as a client sends it) and
 * its raw lower bound, the minimal statements of cypher/bench/ returning the same data,
 * sent straight through the GraphStore port (all at once where they are independent).
 */
export interface Operation {
  readonly name: string;
  readonly query: string;
  readonly variables?: Record<string, unknown>;
  readonly raw: readonly Statement[];
}

export const OPERATIONS: readonly Operation[] = [
  {
    name: 'flagship filter',
    query: `{
  minerals(where: {
    importReliance: { importer: "USA", min: 100 }
    topImportSource: { importer: "USA", country: "CHN" }
  }) { totalCount edges { node { id name } } }
}`,
    raw: [{ name: S.benchFlagship, params: { importer: 'USA', min: 100, country: 'CHN' } }],
  },
  {
    name: 'mineral depth 3',
    query: `{
  mineral(id: "gallium") {
    id name
    listedIn { asPublished edition { id year issuer { id } } }
    importReliance { year percent text }
    importSources { rank period sharePercent country { id } }
    producers { year type amount unit sharePercent country { id } }
  }
}`,
    raw: [
      { name: S.benchMineralListings, params: { id: 'gallium' } },
      { name: S.benchMineralReliance, params: { id: 'gallium', importer: 'USA' } },
      { name: S.benchMineralImportSources, params: { id: 'gallium', importer: 'USA' } },
      { name: S.benchMineralProducers, params: { id: 'gallium' } },
    ],
  },
  {
    name: 'listDiff',
    query: `{ listDiff(from: "USA-2022", to: "USA-2025") { added { id } removed { id } unchanged { id } } }`,
    raw: [{ name: S.benchListDiff, params: { from: 'USA-2022', to: 'USA-2025' } }],
  },
  {
    name: 'search "gallium"',
    query: `{ search(text: "gallium", first: 10) { score node { id } } }`,
    raw: [{ name: S.benchSearch, params: { text: 'gallium' } }],
  },
  {
    name: 'search "镓"',
    query: `{ search(text: "镓", first: 10) { score node { id } } }`,
    raw: [{ name: S.benchSearch, params: { text: '镓' } }],
  },
  {
    name: 'neighborhood CHN d2',
    query: `{ neighborhood(id: "CHN", depth: 2, limit: 200) { nodes { id } relationships { type } } }`,
    raw: [{ name: S.benchNeighborhood, params: { id: 'CHN', limit: 200 } }],
  },
  {
    name: 'page listedIn USA-2025',
    query: `{ minerals(first: 20, where: { listedIn: { edition: "USA-2025" } }) { totalCount edges { cursor node { id name } } } }`,
    raw: [
      { name: S.benchListedPage, params: { edition: 'USA-2025', first: 20 } },
      { name: S.benchListedCount, params: { edition: 'USA-2025' } },
    ],
  },
];

/** The POST body of an operation. */
export function bodyOf(op: Pick<Operation, 'query' | 'variables'>): string {
  return JSON.stringify(op.variables ? { query: op.query, variables: op.variables } : { query: op.query });
}
