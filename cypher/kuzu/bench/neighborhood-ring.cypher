// Benchmark lower bound for a neighbourhood, one ring: every (relationship type, other end)
// pair around the given entities, either direction, facts included. The caller keeps the
// nearest (by type, then id) up to the node limit, as the answer does. Kùzu names a
// relationship's type with label(r).
MATCH (a)-[r]-(o)
WHERE a.id IN $ids
RETURN DISTINCT label(r) AS type, o.id AS oid
