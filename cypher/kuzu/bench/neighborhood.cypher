// Benchmark lower bound for a two-level neighbourhood: up to $limit (hop-1, hop-2) steps out of
// one entity, each with both relationship types and the ids at their ends. Kùzu names a
// relationship's type with label(r).
MATCH (a)-[r1]-(b)
WHERE a.id = $id
OPTIONAL MATCH (b)-[r2]-(c)
RETURN b.id AS b, label(r1) AS t1, c.id AS c, label(r2) AS t2
LIMIT $limit
