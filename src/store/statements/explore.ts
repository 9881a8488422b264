/** Statements behind search, listDiff, list comparisons and list positions. */
export const EXPLORE_STATEMENTS = {
  /** Dialect files: Kùzu matches an unlabelled node, Neo4j `:Entity`. */
  searchCandidates: 'explore/search',
  /** Dialect: Kùzu unwinds the ids and joins (its IN scans the list per row). */
  groupPairs: 'explore/group-pairs',
  editionEntries: 'explore/edition-entries',
  listPositions: 'explore/list-positions',
} as const;
