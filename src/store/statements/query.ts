/**
 * Statements behind the connections' `where` filters and ordering (src/graphql/filters/):
 * each relationship filter is one statement returning the ids that match it.
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
} as const;
