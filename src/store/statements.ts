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
  entityByIds: 'entity/by-ids',
  allMinerals: 'mineral/all',
  allCountries: 'country/all',
  allListEditions: 'list-edition/all',
  editionListings: 'rel/edition-listings',
  mineralListings: 'rel/mineral-listings',
  groupMembers: 'rel/group-members',
  mineralGroups: 'rel/mineral-groups',
  editionIssuer: 'rel/edition-issuer',
  countryEditions: 'rel/country-editions',
} as const;

export const ALL_STATEMENTS: readonly string[] = Object.values(STATEMENTS);
