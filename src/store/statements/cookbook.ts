/** The README's Cypher cookbook (cypher/cookbook/): plain Cypher for direct users, run by a test on every backend. */
export const COOKBOOK_STATEMENTS = {
  cookbookDesignCard: 'cookbook/design-card',
  cookbookListDiff: 'cookbook/list-diff',
  cookbookAllianceMembers: 'cookbook/alliance-members',
} as const;
