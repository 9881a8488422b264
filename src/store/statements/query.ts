/**
 * Statements behind the connections' `where` filters and ordering (src/graphql/filters/):
 * each relationship filter is one statement returning the ids that match it, and each
 * connection's label has an ids-only read (the universe a NOT is taken from).
 */
export const QUERY_STATEMENTS = {
  filterMineralListedIn: 'filter/mineral-listed-in',
  filterMineralListedInViaGroup: 'filter/mineral-listed-in-via-group',
  filterMineralImportReliance: 'filter/mineral-import-reliance',
  filterMineralTopImportSource: 'filter/mineral-top-import-source',
  filterMineralProducedBy: 'filter/mineral-produced-by',
  filterCountryMemberOf: 'filter/country-member-of',
  filterCountryIssuedList: 'filter/country-issued-list',
  filterEditionContains: 'filter/edition-contains',
  filterPolicyNames: 'filter/policy-names',
  filterAllianceHasMember: 'filter/alliance-has-member',
  /** Ids only, per label: the universe for NOT when a `where` is decided from id sets. */
  mineralIds: 'filter/mineral-ids',
  countryIds: 'filter/country-ids',
  listEditionIds: 'filter/list-edition-ids',
  policyIds: 'filter/policy-ids',
  allianceIds: 'filter/alliance-ids',
  /** A page's nodes by id, per label. */
  mineralsByIds: 'filter/mineral-by-ids',
  countriesByIds: 'filter/country-by-ids',
  listEditionsByIds: 'filter/list-edition-by-ids',
  policiesByIds: 'filter/policy-by-ids',
  alliancesByIds: 'filter/alliance-by-ids',
} as const;
