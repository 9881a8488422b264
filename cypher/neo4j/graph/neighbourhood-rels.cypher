// The relationships of a neighbourhood over links only (no PRODUCES, SUPPLIES, RELIES_ON,
// MEASURE, FORM_OF): every link between two kept entities of which at least one was expanded (so none
// among the outermost ring). Both lists are never empty (the caller always passes the centre).
MATCH (a:Entity)-[r:HAS_MEMBER|LISTS|ISSUED_BY|PUBLISHED_BY|BASED_IN|PART_OF|FUNDED_BY|AWARDED_TO|UNDER|TARGETS|MEMBER_OF|MANDATES|INVOKES|AMENDS|IMPLEMENTS|NAMES|CREATES|PARTY_TO|ISSUED|ADMINISTERS|PARTNERS_WITH|PRODUCES_AT]->(b:Entity)
WHERE a.id IN $kept AND b.id IN $kept AND (a.id IN $expanded OR b.id IN $expanded)
RETURN a.id AS fromId, r, b.id AS toId
