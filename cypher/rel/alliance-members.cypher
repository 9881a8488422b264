// The members of each of the given alliances.
MATCH (o:Country)-[r:MEMBER_OF]->(a:Alliance)
WHERE a.id IN $ids
RETURN a.id AS key, r, o
