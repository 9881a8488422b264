// Every outgoing relationship of each of the given entities (Kùzu: unlabelled match over all tables).
MATCH (a)-[r]->(o)
WHERE a.id IN $ids
RETURN a.id AS key, r, o
