/** Statements behind search, listDiff, list comparisons and list positions. */
export const EXPLORE_STATEMENTS = {
  /** Dialect files: Kùzu matches an unlabelled node, Neo4j `:Entity`. */
  searchCandidates: 'explore/search',
  /** Dialect files, as explore/search: every hit up to a limit, in no order (src/repo/search.ts). */
  searchUnranked: 'explore/search-unranked',
  /** The (group, member) pairs with the group, or the member, on the given editions. */
  editionGroupMembers: 'explore/edition-group-members',
  editionMemberGroups: 'explore/edition-member-groups',
  editionEntries: 'explore/edition-entries',
  /** Dialect files: Neo4j's pattern comprehensions; Kùzu's OPTIONAL MATCH stand-in is not sent by the server. */
  editionLists: 'explore/edition-lists',
  listPositions: 'explore/list-positions',
} as const;
