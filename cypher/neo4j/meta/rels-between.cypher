// Every relationship from one entity to another, with its type.
MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to})
RETURN type(r) AS type, r
