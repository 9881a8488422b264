/** Relationship statements behind entity and fact fields (src/graphql/resolvers/*facts*, entities). */
export const FACT_STATEMENTS = {
  mineralReliance: 'rel/mineral-reliance',
  mineralImportSources: 'rel/mineral-import-sources',
  mineralProducers: 'rel/mineral-producers',
  mineralReserves: 'rel/mineral-reserves',
  mineralIndicators: 'rel/mineral-indicators',
  countryMemberships: 'rel/country-memberships',
  allianceMembers: 'rel/alliance-members',
  linksOut: 'rel/links-out',
  linksIn: 'rel/links-in',
  allPolicies: 'policy/all',
  allAlliances: 'alliance/all',
} as const;
