// One ring of a neighbourhood, ids and types only: for the given entities, every relationship
// touching one of them, either direction, statistical facts included, as its type and the id and
// model label of the entity at the other end (olabel; alabel the given entity's), once per
// distinct pair (type and oid are null for an entity with none; no row at all when no given id
// exists).
MATCH (a)
WHERE a.id IN $ids
OPTIONAL MATCH (a)-[r]-(o)
RETURN DISTINCT label(r) AS type, o.id AS oid, label(o) AS olabel, label(a) AS alabel
