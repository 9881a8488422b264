// Group structure around the given minerals: every (group, member) pair with either
// end among $ids, for group-aware list comparisons.
MATCH (g:Mineral)-[:HAS_MEMBER]->(m:Mineral)
WHERE g.id IN $ids OR m.id IN $ids
RETURN g.id AS groupId, m.id AS memberId
ORDER BY groupId, memberId
