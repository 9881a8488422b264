// Where a page starts when its where names a mineral at the top (contains): the editions that
// list it, not every ListEdition (the contains fragment still stands in WHERE).
MATCH (n:ListEdition)-[:LISTS]->(a:Mineral)
WHERE a.id = $_mineral
