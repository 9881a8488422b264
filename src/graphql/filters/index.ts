/**
 * The connections' `where` and `orderBy` (minerals, countries, listEditions, policies,
 * alliances): input types, the rules they apply, and one engine that runs them.
 *
 * How a request maps to store round trips:
 *
 *   1 read of the label's nodes (`mineral/all`, ...), and
 *   1 read per DISTINCT relationship filter in the whole `where` tree (`listedIn`,
 *     `importReliance`, `topImportSource`, `producedBy`, `memberOf`, `issuedList`,
 *     `contains`, `names`, `hasMember`): one parameterised statement in
 *     cypher/filter/ returning the ids that match (the same filter repeated in
 *     several AND/OR branches is read once),
 *
 * all sent at once (Promise.all), so the latency is that of the slowest single
 * statement. Everything else runs in JS over what came back: scalar operators
 * (StringFilter, IntFilter, DateFilter, BooleanFilter) on the nodes, AND/OR/NOT as
 * set logic over the id sets, the `importReliance` min/max rule on the published
 * rows (reliance.ts), `memberOf.asOf` with heldOn, then ordering and the page.
 * "Latest year/period" is resolved inside the statement (a `max()` over the
 * importer's rows), so it costs no extra trip. The design card's example is
 * 3 statements in parallel: minerals, the importer's reliance rows for the latest
 * year, and the minerals whose rank-1 source is the country in the latest period.
 * Nothing from a request reaches query text: values are parameters; sort keys and
 * statement names come from the allow-lists in the *.where.ts specs.
 *
 * Validation (BAD_USER_INPUT, naming what is allowed): `first` 0..100, cursors this
 * API issued and for the same `orderBy` (a cursor carries its ordering), non-empty
 * `in` lists, min <= max and percentages 0..100, and a `where` at most 5 levels deep.
 */
export { filteredConnection, MAX_WHERE_DEPTH, type ConnectionArgs, type ConnectionSpec } from './engine.js';
export { ALLIANCE_CONNECTION, AllianceOrder, AllianceWhere } from './alliance.where.js';
export { COUNTRY_CONNECTION, CountryOrder, CountryWhere } from './country.where.js';
export { LIST_EDITION_CONNECTION, ListEditionOrder, ListEditionWhere } from './list-edition.where.js';
export { MINERAL_CONNECTION, MineralOrder, MineralWhere, periodForRelianceYear } from './mineral.where.js';
export { POLICY_CONNECTION, PolicyOrder, PolicyWhere } from './policy.where.js';
export { relianceWithin } from './reliance.js';
