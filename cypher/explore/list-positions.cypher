// What puts each of the given minerals on any list: its own entry ('direct'), the
// entry of a group it belongs to ('group'), for a group the entry of one of its
// members ('member'), or the entry of another group that shares members with it
// ('sibling': `shared` is a shared member, one row each; EUU-2023's HREE shares
// dysprosium with rare-earth-elements). `v` is the mineral whose entry it is; rows of
// other two-hop paths (co-members) are 'other' and unused. `size`: how many members
// the mineral has. One pattern of 0 to 2
// HAS_MEMBER hops, either way (Kùzu 0.11 crashes on UNION ALL with parameters).
// src/domain/lists.ts decides the status per list.
MATCH (e:ListEdition)-[r:LISTS]->(x:Mineral)-[:HAS_MEMBER*0..2]-(m:Mineral)
WHERE m.id IN $ids
OPTIONAL MATCH (x)-[:HAS_MEMBER]->(y:Mineral)<-[:HAS_MEMBER]-(m)
WHERE x.id <> m.id
RETURN DISTINCT m.id AS key, e.id AS edition,
  CASE WHEN x.id = m.id THEN 'direct'
    WHEN EXISTS { MATCH (x)-[:HAS_MEMBER]->(m) } THEN 'group'
    WHEN EXISTS { MATCH (m)-[:HAS_MEMBER]->(x) } THEN 'member'
    WHEN y IS NOT NULL THEN 'sibling'
    ELSE 'other' END AS how,
  x AS v, r.asPublished AS asPublished, y.id AS shared,
  COUNT { MATCH (m)-[:HAS_MEMBER]->(:Mineral) } AS size
ORDER BY key, edition, v.id, shared
