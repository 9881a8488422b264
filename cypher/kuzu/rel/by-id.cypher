// One relationship by its global id's parts: Kùzu has no :Entity, and a relationship table
// already fixes the labels its ends may have.
MATCH (a)-[r:{{TYPE}}]->(b)
WHERE a.id = $from AND b.id = $to AND r.key = $key
RETURN r, a.id AS fromId, b.id AS toId
LIMIT 1
