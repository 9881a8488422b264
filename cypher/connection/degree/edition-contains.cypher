// How many editions ListEditionWhere.contains matches: the mineral's incoming LISTS
// relationships. Each starts at a ListEdition (the model's only LISTS pair) and an edition lists
// a mineral at most once (LISTS has no key columns: src/seeds/spec.ts), so they are the distinct
// editions. Column `total`; no row: none.
MATCH (m:Mineral)<-[:LISTS]-()
WHERE m.id = $_mineral
RETURN count(*) AS total
