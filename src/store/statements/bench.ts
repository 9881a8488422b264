/** Raw lower-bound statements of the benchmark (bench/, cypher/bench/): run directly through the port, never by a resolver. */
export const BENCH_STATEMENTS = {
  benchFlagship: 'bench/flagship',
  benchMineralListings: 'bench/mineral-listings',
  benchMineralReliance: 'bench/mineral-reliance',
  benchMineralImportSources: 'bench/mineral-import-sources',
  benchMineralProducers: 'bench/mineral-producers',
  benchListDiff: 'bench/list-diff',
  benchSearch: 'bench/search',
  benchNeighborhoodRing: 'bench/neighborhood-ring',
  benchNeighborhoodRels: 'bench/neighborhood-rels',
  benchListedPage: 'bench/listed-page',
  benchListedCount: 'bench/listed-count',
  benchMineralsFirst: 'bench/minerals-first',
  benchDeleteSynthetic: 'bench/delete-synthetic',
  /** The latest year/period the peer's requests fix (bench/peer.ts cannot say "latest"). */
  benchPeerFixed: 'bench/peer-fixed',
} as const;
