// Neo4j: what listDiff reads of the given editions' minerals when its answer selects only their
// ids and names, in one row per mineral: its id and name, its entries ([edition, as printed]) and
// the ids of its members and of its groups (pattern comprehensions: one expand each). The same
// data as explore/edition-entries, edition-group-members and edition-member-groups together, in
// 6,000 rows at 100x instead of 19,400: reading a row costs Neo4j and the driver about 10 µs.
MATCH (e:ListEdition)-[r:LISTS]->(m:Mineral)
WHERE e.id IN $ids
WITH m, collect([e.id, r.asPublished]) AS entries
RETURN m.id AS id, m.name AS name, entries,
  [(m)-[:HAS_MEMBER]->(x:Mineral) | x.id] AS members, [(g:Mineral)-[:HAS_MEMBER]->(m) | g.id] AS groups
