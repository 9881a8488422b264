// Group structure on the given list editions, downwards: each (group, member) pair whose
// group one of $ids lists. With explore/edition-member-groups, every pair with either end
// on the editions, for group-aware list comparisons. Keyed on the editions, not on their
// minerals, so it is read beside the entries instead of after them. A pair listed twice
// comes twice (src/domain/lists.ts groupIndex keeps one): DISTINCT costs Kùzu a third more.
MATCH (e:ListEdition)-[:LISTS]->(g:Mineral)-[:HAS_MEMBER]->(m:Mineral)
WHERE e.id IN $ids
RETURN g.id AS grp, m.id AS member
