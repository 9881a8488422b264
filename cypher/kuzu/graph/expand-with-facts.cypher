// One ring of a neighbourhood: each given entity and every relationship touching it, either
// direction, statistical facts included (r and o are null for an entity with none).
MATCH (a)
WHERE a.id IN $ids
OPTIONAL MATCH (a)-[r]-(o)
RETURN a.id AS key, a, r, o
