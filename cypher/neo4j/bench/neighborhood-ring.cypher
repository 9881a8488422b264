// Benchmark lower bound for a neighbourhood, one ring: every (relationship type, other end)
// pair around the given entities, either direction, facts included. The caller keeps the
// nearest (by type, then id) up to the node limit, as the answer does. Neo4j names a
// relationship's type with type(r).
MATCH (a:Entity)-[r]-(o:Entity)
WHERE a.id IN $ids
RETURN DISTINCT type(r) AS type, o.id AS oid
