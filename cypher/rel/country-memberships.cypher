// The alliances each of the given economies belongs to.
MATCH (c:Country)-[r:MEMBER_OF]->(o:Alliance)
WHERE c.id IN $ids
RETURN c.id AS key, r, o
ORDER BY o.id
