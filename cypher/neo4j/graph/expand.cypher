// One ring of a neighbourhood over links only (no PRODUCES, IMPORT_SOURCE, RELIES_ON, MEASURE):
// each given entity and every link touching it, either direction (r and o null when none).
MATCH (a:Entity)
WHERE a.id IN $ids
OPTIONAL MATCH (a)-[r:HAS_MEMBER|LISTS|ISSUED_BY|PUBLISHED_BY|BASED_IN|PART_OF|FUNDED_BY|AWARDED_TO|UNDER|TARGETS|MEMBER_OF|MANDATES|INVOKES|AMENDS|IMPLEMENTS|NAMES|CREATES|PARTY_TO|ISSUED|ADMINISTERS|PARTNERS_WITH|PRODUCES_AT]-(o:Entity)
RETURN a.id AS key, a, r, o
