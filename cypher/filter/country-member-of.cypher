// The members of one alliance with their dates; `asOf` is applied with heldOn
// (src/domain/analytics.ts), as Alliance.members does.
MATCH (c:Country)-[r:MEMBER_OF]->(a:Alliance)
WHERE a.id = $alliance
RETURN c.id AS id, r.since AS since, r.until AS until, r.verification AS verification
