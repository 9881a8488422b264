/** Statements behind paths, neighborhood and timeline. */
export const GRAPH_STATEMENTS = {
  /** Dialect: all shortest paths over links only (no statistical facts). */
  shortestPaths: 'graph/shortest-paths',
  /** Dialect: all shortest paths over every relationship. */
  shortestPathsWithFacts: 'graph/shortest-paths-with-facts',
  /** Dialect: one ring of a neighbourhood over links only. */
  expand: 'graph/expand',
  /** Dialect: one ring of a neighbourhood over every relationship. */
  expandWithFacts: 'graph/expand-with-facts',
  timelinePolicies: 'graph/timeline-policies',
  timelineEditions: 'graph/timeline-editions',
  timelineMemberships: 'graph/timeline-memberships',
  timelineAlliances: 'graph/timeline-alliances',
  timelineInvestments: 'graph/timeline-investments',
} as const;
