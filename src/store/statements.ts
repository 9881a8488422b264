/**
 * Every statement name the code sends, in one list: start-up fails if a file is
 * missing, and a test fails if cypher/ holds a file nothing uses.
 */
export const STATEMENTS = {
  schema: 'schema',
  mergeNode: 'seed/merge-node',
  mergeRel: 'seed/merge-rel',
  countNodes: 'meta/count-nodes',
  countRelationships: 'meta/count-relationships',
} as const;

export const ALL_STATEMENTS: readonly string[] = Object.values(STATEMENTS);
