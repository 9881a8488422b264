// What puts each of the given minerals on any list: its own entry ('direct'), the
// entry of a group it belongs to ('group'), or, for a group, the entry of one of its
// members ('member'); `v` is the mineral whose entry it is. One pattern of 0 or 1
// HAS_MEMBER hops, either way (Kùzu 0.11 crashes on UNION ALL with parameters).
// src/domain/lists.ts decides the status per list.
MATCH (e:ListEdition)-[r:LISTS]->(x:Mineral)-[:HAS_MEMBER*0..1]-(m:Mineral)
WHERE m.id IN $ids
RETURN m.id AS key, e.id AS edition,
  CASE WHEN x.id = m.id THEN 'direct' WHEN EXISTS { MATCH (x)-[:HAS_MEMBER]->(m) } THEN 'group' ELSE 'member' END AS how,
  x AS v, r.asPublished AS asPublished
ORDER BY key, edition, v.id
