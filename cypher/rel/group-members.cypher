// The members of each of the given mineral groups.
MATCH (g:Mineral)-[r:HAS_MEMBER]->(o:Mineral)
WHERE g.id IN $ids
RETURN g.id AS key, r, o
ORDER BY o.id
