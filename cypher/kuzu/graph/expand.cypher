// One ring of a neighbourhood over links only (no PRODUCES, SUPPLIES, RELIES_ON, MEASURE,
// FORM_OF), ids and types only: for the given entities, every link touching one of them, either
// direction, as its type and the id and model label of the entity at the other end (olabel; alabel
// the given entity's), once per distinct pair; no row for an entity with none (the caller looks the
// centre up when the first ring is empty). Not OPTIONAL: Kùzu's costs a fifth more.
MATCH (a)-[r:HAS_MEMBER|LISTS|ISSUED_BY|PUBLISHED_BY|BASED_IN|PART_OF|FUNDED_BY|AWARDED_TO|UNDER|TARGETS|MEMBER_OF|MANDATES|INVOKES|AMENDS|IMPLEMENTS|NAMES|CREATES|PARTY_TO|ISSUED|ADMINISTERS|PARTNERS_WITH|PRODUCES_AT]-(o)
WHERE a.id IN $ids
RETURN DISTINCT label(r) AS type, o.id AS oid, label(o) AS olabel, label(a) AS alabel
