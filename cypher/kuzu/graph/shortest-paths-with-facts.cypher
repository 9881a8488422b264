// All shortest paths between two entities over every relationship, statistical facts included.
// The bound is fixed at 4 (bounds cannot be parameters); the caller keeps paths within maxHops.
MATCH (a), (b)
WHERE a.id = $from AND b.id = $to
MATCH p = (a)-[* ALL SHORTEST 1..4]-(b)
RETURN p
LIMIT $cap
