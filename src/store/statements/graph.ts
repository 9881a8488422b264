/** Statements behind paths, neighborhood and timeline. */
export const GRAPH_STATEMENTS = {
  /** Dialect: all shortest paths over links only (no statistical facts). */
  shortestPaths: 'graph/shortest-paths',
  /** Dialect: all shortest paths over every relationship. */
  shortestPathsWithFacts: 'graph/shortest-paths-with-facts',
  /** Dialect: one ring of a neighbourhood over links only (distinct type and other id per row). */
  expand: 'graph/expand',
  /** Dialect: one ring of a neighbourhood over every relationship (distinct type and other id per row). */
  expandWithFacts: 'graph/expand-with-facts',
  /** Dialect: the links among a neighbourhood's kept nodes (at least one end expanded). */
  neighbourhoodRels: 'graph/neighbourhood-rels',
  /** Dialect: every relationship among a neighbourhood's kept nodes (at least one end expanded). */
  neighbourhoodRelsWithFacts: 'graph/neighbourhood-rels-with-facts',
  /** Dialect: as neighbourhoodRels, ends, type and key only (the selection asks for nothing more). */
  neighbourhoodRelEnds: 'graph/neighbourhood-rel-ends',
  /** Dialect: as neighbourhoodRelsWithFacts, ends, type, key and latest only. */
  neighbourhoodRelEndsWithFacts: 'graph/neighbourhood-rel-ends-with-facts',
  timelinePolicies: 'graph/timeline-policies',
  timelineEditions: 'graph/timeline-editions',
  timelineMemberships: 'graph/timeline-memberships',
  timelineAlliances: 'graph/timeline-alliances',
  timelineInvestments: 'graph/timeline-investments',
} as const;
