import { cmp, compareReached } from '../src/domain/timeline.js';
import type { Statement } from '../src/store/port.js';
import { BENCH_STATEMENTS as S } from '../src/store/statements/bench.js';
import type { Row } from '../src/store/values.js';

/**
 * The benchmark's operations: each is one GraphQL request (as a client sends it) and
 * its raw lower bound, the minimal statements of cypher/bench/ returning the same data,
 * sent straight through the GraphStore port (all at once where they are independent).
 */
export interface Operation {
  readonly name: string;
  readonly query: string;
  readonly variables?: Record<string, unknown>;
  readonly raw: readonly Statement[] | RawChain;
  /** The ids (and counts) of our answer's `data`, compared with the peer's. */
  readonly ids?: (data: unknown) => string[];
  /** The same operation through the peer (bench/peer.ts), on Neo4j rows; or why it cannot be expressed there. */
  readonly peer: PeerOperation;
}

/**
 * A raw lower bound whose statements need earlier answers (a neighbourhood's second ring
 * starts from the first one's cut): sent in turn through `read`, with no more work in
 * between than the answer needs. `statements`: how many it sends.
 */
export interface RawChain {
  readonly statements: number;
  run(read: (s: Statement) => Promise<Row[]>): Promise<Row[]>;
}

/**
 * Values the peer's requests fix because its generated filters have no "latest": read
 * from the database once per graph (bench/peer-fixed), as a client would have to first.
 */
export interface PeerFixed {
  readonly relianceYear: number;
  readonly sourcePeriod: string;
  readonly productionYear: number;
}

export type PeerOperation =
  | {
      readonly query: string;
      readonly variables?: (f: PeerFixed) => Record<string, unknown>;
      readonly ids: (data: unknown) => string[];
      /**
       * `same`: the peer's ids must equal ours. `subset`: ours must all be among the peer's,
       * where ours is a ranked page and the peer, which cannot rank, returns every hit.
       */
      readonly check: 'same' | 'subset';
      /** What the peer's request answers differently from ours (bench/README.md says the same). */
      readonly differs: string;
    }
  | { readonly cannot: string };

interface Id {
  id: string;
}
interface Page {
  totalCount: number;
  edges: { node: Id }[];
}
const pageIds = (p: Page) => [...p.edges.map((e) => e.node.id), `totalCount=${p.totalCount}`];

interface OurMineral extends Id {
  listedIn: { edition: Id & { issuer: Id | null } }[];
  importReliance: { year: number }[];
  importSources: { rank: number; period: string; country: Id }[];
  producers: { year: number; type: string; country: Id }[];
}
interface PeerMineral extends Id {
  listedInConnection: { edges: { node: Id & { issuedBy: Id[] } }[] };
  reliedOnByConnection: { edges: { properties: { year: number } }[] };
  suppliedByConnection: { edges: { properties: { rank: number; period: string }; node: Id }[] };
  producedByConnection: { edges: { properties: { year: number; type: string }; node: Id }[] };
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
    ids: (d) => pageIds((d as { minerals: Page }).minerals),
    peer: {
      query: `query ($year: Int!, $period: String!) {
  mineralsConnection(first: 50, sort: [{ id: ASC }], where: {
    reliedOnByConnection: { some: { node: { id: { eq: "USA" } }, edge: { year: { eq: $year }, percent: { gte: 100 } } } }
    suppliedByConnection: { some: { node: { id: { eq: "CHN" } }, edge: { importer: { eq: "USA" }, rank: { eq: 1 }, period: { eq: $period } } } }
  }) { totalCount edges { node { id name } } }
}`,
      variables: (f) => ({ year: f.relianceYear, period: f.sourcePeriod }),
      ids: (d) => pageIds((d as { mineralsConnection: Page }).mineralsConnection),
      check: 'same',
      differs:
        'the latest reliance year and import-source period are fixed values read beforehand (no "latest" operator); reliance is tested on `percent` only (ours also reads published text such as ">50")',
    },
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
    ids: (d) => {
      const m = (d as { mineral: OurMineral }).mineral;
      return [
        m.id,
        ...m.listedIn.map((l) => `listing ${l.edition.id} by ${l.edition.issuer?.id ?? '-'}`),
        ...m.importReliance.map((r) => `reliance ${r.year}`),
        ...m.importSources.map((s) => `source ${s.period} #${s.rank} ${s.country.id}`),
        ...m.producers.map((p) => `producer ${p.year} ${p.type} ${p.country.id}`),
      ];
    },
    peer: {
      query: `query ($year: Int!) {
  minerals(where: { id: { eq: "gallium" } }) {
    id name
    listedInConnection(sort: [{ node: { year: ASC } }, { node: { id: ASC } }]) { edges { properties { asPublished } node { id year issuedBy { id } } } }
    reliedOnByConnection(where: { node: { id: { eq: "USA" } }, edge: { latest: { eq: true } } }, sort: [{ edge: { year: ASC } }]) { edges { properties { year percent text } } }
    suppliedByConnection(where: { edge: { importer: { eq: "USA" } } }, sort: [{ edge: { period: DESC } }, { edge: { rank: ASC } }]) { edges { properties { rank period sharePercent } node { id } } }
    producedByConnection(where: { edge: { year: { eq: $year }, latest: { eq: true } } }, sort: [{ edge: { sharePercent: DESC } }]) { edges { properties { year type amount unit sharePercent } node { id } } }
  }
}`,
      variables: (f) => ({ year: f.productionYear }),
      ids: (d) => {
        const m = (d as { minerals: PeerMineral[] }).minerals[0];
        if (!m) return [];
        return [
          m.id,
          ...m.listedInConnection.edges.map((e) => `listing ${e.node.id} by ${e.node.issuedBy[0]?.id ?? '-'}`),
          ...m.reliedOnByConnection.edges.map((e) => `reliance ${e.properties.year}`),
          ...m.suppliedByConnection.edges.map((e) => `source ${e.properties.period} #${e.properties.rank} ${e.node.id}`),
          ...m.producedByConnection.edges.map((e) => `producer ${e.properties.year} ${e.properties.type} ${e.node.id}`),
        ];
      },
      check: 'same',
      differs:
        'a list of minerals filtered by id instead of one by id; the issuer is a list (a relationship field); producers are those of a fixed year read beforehand, every type (ours: the latest year, mine production where there is any); both read the current reading of each fact (latest: true), as ours does by default',
    },
  },
  {
    name: 'listDiff',
    query: `{ listDiff(from: "USA-2022", to: "USA-2025") { added { id } removed { id } unchanged { id } } }`,
    raw: [{ name: S.benchListDiff, params: { from: 'USA-2022', to: 'USA-2025' } }],
    // Added/removed/unchanged, group-aware, is computed from both editions' lists: the library only fetches.
    peer: { cannot: 'a computed, group-aware diff' },
  },
  {
    name: 'search "gallium"',
    query: `{ search(text: "gallium", first: 10) { score node { id } } }`,
    raw: [{ name: S.benchSearch, params: { text: 'gallium' } }],
    ids: searchIds,
    peer: {
      query: `query ($text: String!) { minerals(where: { name: { caseInsensitive: { contains: $text } } }) { id } }`,
      variables: () => ({ text: 'gallium' }),
      ids: (d) => (d as { minerals: Id[] }).minerals.map((m) => m.id),
      check: 'subset',
      differs:
        'minerals only, on `name` only (ours: every entity type, names, Chinese names, acronyms and aliases), case-insensitive CONTAINS (toLower on both sides, so no index), unranked and unpaged: every hit, where ours ranks them and returns the first 10',
    },
  },
  {
    name: 'search "镓"',
    query: `{ search(text: "镓", first: 10) { score node { id } } }`,
    raw: [{ name: S.benchSearch, params: { text: '镓' } }],
    ids: searchIds,
    peer: {
      query: `query ($text: String!) { minerals(where: { nameZh: { contains: $text } }) { id } }`,
      variables: () => ({ text: '镓' }),
      ids: (d) => (d as { minerals: Id[] }).minerals.map((m) => m.id),
      check: 'subset',
      differs: 'minerals only, on `nameZh` only (ours: every entity type and every name), unranked and unpaged: every hit, where ours returns the first 10',
    },
  },
  {
    name: 'neighborhood CHN d2',
    query: `{ neighborhood(id: "CHN", depth: 2, limit: 200) { nodes { id } relationships { type } } }`,
    raw: neighbourhoodChain('CHN', 2, 200),
    // Any relationship type, either direction, two rings, nearest first, cut at a node limit: the
    // generated schema follows one declared relationship field at a time.
    peer: { cannot: 'a walk over any relationship' },
  },
  {
    name: 'page listedIn USA-2025',
    query: `{ minerals(first: 20, where: { listedIn: { edition: "USA-2025" } }) { totalCount edges { cursor node { id name } } } }`,
    raw: [
      { name: S.benchListedPage, params: { edition: 'USA-2025', first: 20 } },
      { name: S.benchListedCount, params: { edition: 'USA-2025' } },
    ],
    ids: (d) => pageIds((d as { minerals: Page }).minerals),
    peer: {
      query: `{ mineralsConnection(first: 20, sort: [{ id: ASC }], where: { listedIn: { some: { id: { eq: "USA-2025" } } } }) { totalCount edges { cursor node { id name } } } }`,
      ids: (d) => pageIds((d as { mineralsConnection: Page }).mineralsConnection),
      check: 'same',
      differs: 'the same filter (direct listings, sorted by id); its cursors are offsets into the answer, ours carry the order key',
    },
  },
  {
    name: 'minerals first 10',
    query: `{ minerals(first: 10) { edges { cursor node { id name } } } }`,
    raw: [{ name: S.benchMineralsFirst, params: { first: 10 } }],
    ids: (d) => (d as { minerals: Page }).minerals.edges.map((e) => e.node.id),
    peer: {
      query: `{ mineralsConnection(first: 10, sort: [{ id: ASC }]) { edges { cursor node { id name } } } }`,
      ids: (d) => (d as { mineralsConnection: Page }).mineralsConnection.edges.map((e) => e.node.id),
      check: 'same',
      differs: 'the same page (sorted by id, no filter, no count)',
    },
  },
];

/**
 * The neighbourhood's raw bound: the same answer as `neighborhood(id, depth, limit)` with
 * no node selected but its id: ring by ring the (type, other end) pairs around the last
 * ring, the nearest kept (nearer rings first, then by type, then by id) up to `limit`
 * nodes, then the relationships among the kept nodes with an expanded end. Its last
 * statement's rows are the relationships (test/conformance/bench-raw.test.ts checks them
 * against the GraphQL answer).
 */
export function neighbourhoodChain(id: string, depth: number, limit: number): RawChain {
  return {
    statements: depth + 1,
    async run(read) {
      const kept = [id];
      const seen = new Set(kept);
      const expanded: string[] = [];
      let frontier = [id];
      for (let ring = 1; ring <= depth && frontier.length > 0; ring++) {
        const rows = await read({ name: S.benchNeighborhoodRing, params: { ids: frontier } });
        expanded.push(...frontier);
        const via = new Map<string, string>();
        for (const r of rows) {
          const oid = String(r.oid);
          if (seen.has(oid)) continue;
          const prev = via.get(oid);
          if (prev === undefined || cmp(String(r.type), prev) < 0) via.set(oid, String(r.type));
        }
        const reached = [...via].map(([rid, t]) => ({ id: rid, via: t })).sort(compareReached);
        const room = limit - kept.length;
        frontier = reached.slice(0, Math.max(0, room)).map((r) => r.id);
        for (const f of frontier) seen.add(f);
        kept.push(...frontier);
        if (reached.length > room) break;
      }
      return read({ name: S.benchNeighborhoodRels, params: { kept, expanded } });
    },
  };
}

function searchIds(d: unknown): string[] {
  return (d as { search: { node: Id }[] }).search.map((h) => h.node.id);
}

/** The POST body of an operation. */
export function bodyOf(op: Pick<Operation, 'query' | 'variables'>): string {
  return JSON.stringify(op.variables ? { query: op.query, variables: op.variables } : { query: op.query });
}
