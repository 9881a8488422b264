// One ring of a neighbourhood over links only (no PRODUCES, SUPPLIES, RELIES_ON, MEASURE,
// FORM_OF), ids and types only: for the given entities, every link touching one of them, either
// direction, as its type and the id and model label of the entity at the other end (olabel; alabel
// the given entity's), once per distinct pair; no row for an entity with none (the caller looks the
// centre up when the first ring is empty). Not OPTIONAL: Kùzu's costs a fifth more.
MATCH (a:Entity)-[r:HAS_MEMBER|LISTS|ISSUED_BY|PUBLISHED_BY|BASED_IN|PART_OF|FUNDED_BY|AWARDED_TO|UNDER|TARGETS|MEMBER_OF|MANDATES|INVOKES|AMENDS|IMPLEMENTS|NAMES|CREATES|PARTY_TO|ISSUED|ADMINISTERS|PARTNERS_WITH|PRODUCES_AT]-(o:Entity)
WHERE a.id IN $ids
// Distinct first, labels after: the labels of every parallel fact's ends cost 50% more (1x, CHN's ring 2).
WITH DISTINCT a, type(r) AS type, o
RETURN DISTINCT type, o.id AS oid,
  [l IN labels(o) WHERE l IN {{MODEL_LABELS}}][0] AS olabel, [l IN labels(a) WHERE l IN {{MODEL_LABELS}}][0] AS alabel
