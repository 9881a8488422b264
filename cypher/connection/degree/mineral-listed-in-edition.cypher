// How many minerals MineralWhere.listedIn { edition } matches: the edition's LISTS
// relationships. Each ends at a Mineral (the model's only LISTS pair) and an edition lists a
// mineral at most once (LISTS has no key columns: src/seeds/spec.ts, a second row is refused at
// load), so the relationships are the distinct minerals. Column `total`; no row: none.
MATCH (e:ListEdition)-[:LISTS]->()
WHERE e.id = $_edition
RETURN count(*) AS total
