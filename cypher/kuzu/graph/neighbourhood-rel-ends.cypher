// As neighbourhood-rels (links only), reading only what identifies each relationship (see
// neighbourhood-rel-ends-with-facts).
MATCH (a)-[r:HAS_MEMBER|LISTS|ISSUED_BY|PUBLISHED_BY|BASED_IN|PART_OF|FUNDED_BY|AWARDED_TO|UNDER|TARGETS|MEMBER_OF|MANDATES|INVOKES|AMENDS|IMPLEMENTS|NAMES|CREATES|PARTY_TO|ISSUED|ADMINISTERS|PARTNERS_WITH|PRODUCES_AT]->(b)
WHERE a.id IN $kept AND b.id IN $kept AND (a.id IN $expanded OR b.id IN $expanded)
RETURN a.id AS fromId, label(r) AS type, r.key AS key, b.id AS toId
