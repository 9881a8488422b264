// One ring of a neighbourhood, ids and types only: for the given entities, every relationship
// touching one of them, either direction, statistical facts included, as its type and the id and
// model label of the entity at the other end (olabel; alabel the given entity's), once per
// distinct pair; no row for an entity with none (the caller looks the centre up when the first
// ring is empty). Not OPTIONAL: Kùzu's costs a fifth more.
MATCH (a)-[r]-(o)
WHERE a.id IN $ids
RETURN DISTINCT label(r) AS type, o.id AS oid, label(o) AS olabel, label(a) AS alabel
