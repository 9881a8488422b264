// Group structure on the given list editions, upwards: each (group, member) pair whose
// member one of $ids lists (see explore/edition-group-members: two statements because
// Kùzu 0.11 crashes on a UNION with parameters).
MATCH (e:ListEdition)-[:LISTS]->(m:Mineral)<-[:HAS_MEMBER]-(g:Mineral)
WHERE e.id IN $ids
RETURN g.id AS grp, m.id AS member
