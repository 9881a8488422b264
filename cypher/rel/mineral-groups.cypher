// The groups each of the given minerals belongs to.
MATCH (o:Mineral)-[r:HAS_MEMBER]->(m:Mineral)
WHERE m.id IN $ids
RETURN m.id AS key, r, o
ORDER BY o.id
