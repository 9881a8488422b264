/**
 * The connections' `where` and `orderBy` (minerals, countries, listEditions, policies,
 * alliances): input types, the rules they apply, and the engine that runs what the
 * database cannot be asked directly.
 *
 * First, the translate layer (src/repo/connections/) compiles the request to one
 * parameterised statement from the fragments in cypher/connection/: scalar operators
 * (dates by the spans stored at load), AND/OR/NOT, listedIn (not through groups),
 * importReliance (by the bounds stored at load), topImportSource, producedBy, issuedList,
 * contains, names, hasMember, the order and a keyset cursor (after or before). The
 * database filters, orders and cuts the page; totalCount is a second statement, run only
 * when selected; "latest" values are read first by one small statement each. Only what it
 * cannot express (memberOf, listedIn through groups, and on Kùzu a list on n beside a
 * relationship filter under OR/NOT) comes here, to the engine described below.
 *
 * How a request maps to store round trips. Either way, every DISTINCT relationship
 * filter in the whole `where` tree (`listedIn`, `importReliance`, `topImportSource`,
 * `producedBy`, `memberOf`, `issuedList`, `contains`, `names`, `hasMember`) is one
 * parameterised statement in cypher/filter/ returning the ids that match (the same
 * filter repeated in several AND/OR branches is read once). Then:
 *
 * - Ordered by ID, with a `where` that only relationship filters, `id` and AND/OR/NOT
 *   decide (the design card, `listedIn`, ...): 2 round trips. (1) One parallel batch
 *   (Promise.all): the filters' id sets, plus the label's ids alone
 *   (`filter/mineral-ids`, `RETURN n.id`) when a NOT, an `id` condition or an OR with
 *   an unbounded branch needs the universe. AND/OR/NOT run as set logic over the ids;
 *   totalCount is the set's size; the ids are sorted and the page after the cursor is
 *   cut. (2) The page's nodes by id with the label's own lookup (`filter/mineral-by-ids`,
 *   one statement for the whole page, primed into the node loader; none when the page
 *   is empty). The design card's
 *   example is 3 statements: the importer's reliance rows and the rank-1 sources in
 *   parallel, then the page's minerals.
 * - Otherwise (another scalar condition, an order by another field, or no
 *   relationship filter at all): 1 round trip, one parallel batch of the label's
 *   whole nodes (`mineral/all`, ...) and the filters' id sets. Scalar operators
 *   (StringFilter, IntFilter, DateFilter, BooleanFilter) run on the nodes, AND/OR/NOT
 *   against the id sets, then ordering and the page; the nodes are primed into the
 *   node loader, so the page's fields cost nothing more.
 *
 * The `importReliance` min/max rule on the published rows (reliance.ts) and
 * `memberOf.asOf` with heldOn run in JS inside the filter's own read. "Latest
 * year/period" is resolved inside the statement (a `max()` over the importer's rows),
 * so it costs no extra trip. Both paths give the same answer and the same cursors
 * (`<Type>:<FIELD>:<DIRECTION>`, key, id).
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
