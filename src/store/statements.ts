import { BENCH_STATEMENTS } from './statements/bench.js';
import { COOKBOOK_STATEMENTS } from './statements/cookbook.js';
import { EXPLORE_STATEMENTS } from './statements/explore.js';
import { FACT_STATEMENTS } from './statements/facts.js';
import { GRAPH_STATEMENTS } from './statements/graph.js';
import { QUERY_STATEMENTS } from './statements/query.js';

/**
 * Every statement name the code sends, in one list: start-up fails if a file is
 * missing, and a test fails if cypher/ holds a file nothing uses. Areas keep their
 * names in statements/*.ts.
 */
export const STATEMENTS = {
  ...FACT_STATEMENTS,
  ...QUERY_STATEMENTS,
  ...EXPLORE_STATEMENTS,
  ...GRAPH_STATEMENTS,
  ...BENCH_STATEMENTS,
  ...COOKBOOK_STATEMENTS,
  schema: 'schema',
  mergeNode: 'seed/merge-node',
  mergeRel: 'seed/merge-rel',
  bulkNode: 'seed/bulk-node',
  bulkRel: 'seed/bulk-rel',
  currentNodes: 'seed/current-nodes',
  currentRels: 'seed/current-rels',
  deleteNodes: 'seed/delete-nodes',
  deleteRels: 'seed/delete-rels',
  countNodes: 'meta/count-nodes',
  countRelationships: 'meta/count-relationships',
  deleteAll: 'meta/delete-all',
  entityByIds: 'entity/by-ids',
  entitiesOfLabel: 'entity/of-label',
  entityOfLabel: 'entity/one-of-label',
  allMinerals: 'mineral/all',
  allCountries: 'country/all',
  allListEditions: 'list-edition/all',
  editionListings: 'rel/edition-listings',
  mineralListings: 'rel/mineral-listings',
  groupMembers: 'rel/group-members',
  mineralGroups: 'rel/mineral-groups',
  editionIssuer: 'rel/edition-issuer',
  countryEditions: 'rel/country-editions',
  /** Composed by src/repo/connections/compile.ts: a connection's page and its count. */
  connectionPage: 'connection/page',
  connectionCount: 'connection/count',
  /** The count when the whole `where` is one filter counted from a node's degree (compile.ts). */
  connectionCountDegree: 'connection/count-degree',
  /** Template ({{TYPE}}): one relationship by the parts of its global id. */
  relationshipById: 'rel/by-id',

  // ---- seed report and knowledge checks (src/seeds/report.ts, test/seeds/) ----
  labelCounts: 'meta/label-counts',
  typeCounts: 'meta/type-counts',
  unsourcedNodes: 'meta/unsourced-nodes',
  unsourcedRelationships: 'meta/unsourced-relationships',
  citedSources: 'meta/cited-sources',
  sourceIds: 'meta/source-ids',
  editionSizes: 'meta/edition-sizes',
  editionMinerals: 'meta/edition-minerals',
  mineralCoverage: 'meta/mineral-coverage',
  relianceYears: 'meta/reliance-years',
  importSourceRanks: 'meta/import-source-ranks',
  nodeById: 'meta/node-by-id',
  relsBetween: 'meta/rels-between',
} as const;

export const ALL_STATEMENTS: readonly string[] = Object.values(STATEMENTS);
