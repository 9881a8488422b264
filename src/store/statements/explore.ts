/** Statements behind search, listDiff, list comparisons and list positions. */
export const EXPLORE_STATEMENTS = {
  /** Dialect files: Kùzu matches an unlabelled node, Neo4j `:Entity`. */
  searchCandidates: 'explore/search',
  groupPairs: 'explore/group-pairs',
  listPositions: 'explore/list-positions',
} as const;
