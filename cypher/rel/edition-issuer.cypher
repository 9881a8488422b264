// The economy that issued each of the given list editions.
MATCH (e:ListEdition)-[r:ISSUED_BY]->(o:Country)
WHERE e.id IN $ids
RETURN e.id AS key, r, o
