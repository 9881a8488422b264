// All shortest paths between two entities over every relationship, statistical facts included.
// Two unique-id seeks, so the cartesian product the linter warns of is one row.
// The bound is fixed at 4 (bounds cannot be parameters); the caller keeps paths within maxHops.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[*..4]-(b))
RETURN p
LIMIT $cap
