// Entities of one label by id ({{Label}} from the model): an index seek on the label's id
// (Neo4j's constraint, Kùzu's primary key), where entity/by-ids must look in every label.
MATCH (n:{{Label}})
WHERE n.id IN $ids
RETURN n
