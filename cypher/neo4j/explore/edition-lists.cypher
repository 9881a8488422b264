// Neo4j: what listDiff reads of the given editions when its answer selects only the minerals' ids
// and names, in one row per mineral: its id and name, the editions naming it, and the ids of its
// members and of its groups (pattern comprehensions: one expand each). Not what the lists print
// (listDiff shows none of it). An edition naming nothing still answers, in the row without a
// mineral, so the row set says which ids are list editions and no lookup of them need go beside it.
// 6,000 rows at 100x where explore/edition-entries, edition-group-members and edition-member-groups
// together answer 19,400: reading a row costs Neo4j and the driver about 10 µs.
MATCH (e:ListEdition)
WHERE e.id IN $ids
OPTIONAL MATCH (e)-[:LISTS]->(m:Mineral)
WITH m, collect(e.id) AS editions
RETURN m.id AS id, m.name AS name, editions,
  [(m)-[:HAS_MEMBER]->(x:Mineral) | x.id] AS members, [(g:Mineral)-[:HAS_MEMBER]->(m) | g.id] AS groups
