// Every incoming relationship of each of the given entities.
MATCH (o)-[r]->(a:Entity)
WHERE a.id IN $ids
RETURN a.id AS key, r, o
