// The list editions each of the given economies issued.
MATCH (o:ListEdition)-[r:ISSUED_BY]->(c:Country)
WHERE c.id IN $ids
RETURN c.id AS key, r, o
ORDER BY o.year, o.id
