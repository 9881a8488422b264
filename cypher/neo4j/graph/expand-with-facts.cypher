// One ring of a neighbourhood, ids and types only: for the given entities, every relationship
// touching one of them, either direction, statistical facts included, as its type and the id and
// model label of the entity at the other end (olabel; alabel the given entity's), once per
// distinct pair; no row for an entity with none (the caller looks the centre up when the first
// ring is empty). Not OPTIONAL: Kùzu's costs a fifth more.
MATCH (a:Entity)-[r]-(o:Entity)
WHERE a.id IN $ids
// Distinct first, labels after: the labels of every parallel fact's ends cost 50% more (1x, CHN's ring 2).
WITH DISTINCT a, type(r) AS type, o
RETURN DISTINCT type, o.id AS oid,
  [l IN labels(o) WHERE l IN {{MODEL_LABELS}}][0] AS olabel, [l IN labels(a) WHERE l IN {{MODEL_LABELS}}][0] AS alabel
