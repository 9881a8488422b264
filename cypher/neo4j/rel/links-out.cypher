// Every outgoing relationship of each of the given entities (:Entity makes the start an index seek).
MATCH (a:Entity)-[r]->(o)
WHERE a.id IN $ids
RETURN a.id AS key, r, o
