// All shortest paths between two entities over links only: every relationship type but the
// statistical facts (PRODUCES, SUPPLIES, RELIES_ON, MEASURE) and FORM_OF, either direction.
// Two unique-id seeks, so the cartesian product the linter warns of is one row.
// The bound is fixed at 4 (bounds cannot be parameters); the caller keeps paths within maxHops.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:HAS_MEMBER|LISTS|ISSUED_BY|PUBLISHED_BY|BASED_IN|PART_OF|FUNDED_BY|AWARDED_TO|UNDER|TARGETS|MEMBER_OF|MANDATES|INVOKES|AMENDS|IMPLEMENTS|NAMES|CREATES|PARTY_TO|ISSUED|ADMINISTERS|PARTNERS_WITH|PRODUCES_AT*..4]-(b))
RETURN p
LIMIT $cap
