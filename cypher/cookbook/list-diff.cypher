// Cookbook (README): minerals on the 2025 US list that the 2022 list does not name.
// (listDiff in GraphQL also resolves groups: a group on one list, its members on the other.)
MATCH (:ListEdition {id: 'USA-2025'})-[:LISTS]->(m:Mineral)
WHERE NOT EXISTS { MATCH (:ListEdition {id: 'USA-2022'})-[:LISTS]->(m) }
RETURN m.id AS added
ORDER BY added
