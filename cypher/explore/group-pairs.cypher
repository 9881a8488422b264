// Group structure around the given minerals: for each of $ids that is a mineral, the ids of
// its members and of the groups it belongs to (every (group, member) pair with either end
// among $ids), for group-aware list comparisons. Pattern comprehensions: one index seek per id.
MATCH (n:Mineral)
WHERE n.id IN $ids
RETURN n.id AS id, [(n)-[:HAS_MEMBER]->(m:Mineral) | m.id] AS members, [(g:Mineral)-[:HAS_MEMBER]->(n) | g.id] AS groups
