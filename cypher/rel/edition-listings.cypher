// The minerals on each of the given list editions.
MATCH (e:ListEdition)-[r:LISTS]->(o:Mineral)
WHERE e.id IN $ids
RETURN e.id AS key, r, o
ORDER BY o.id
