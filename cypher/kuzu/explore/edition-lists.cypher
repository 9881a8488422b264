// Kùzu: as the Neo4j statement, with OPTIONAL MATCH for the pattern comprehensions Kùzu 0.11 lacks.
// Not what the server sends on Kùzu: these OPTIONAL MATCHes cost 470 ms at 100x where the three
// statements it replaces take 21 ms side by side (src/graphql/resolvers/explore/list-data.ts
// sends those); kept so both backends answer it alike, which test/graphql/explore.test.ts checks.
MATCH (e:ListEdition)
WHERE e.id IN $ids
OPTIONAL MATCH (e)-[:LISTS]->(m:Mineral)
WITH m, collect(e.id) AS editions
OPTIONAL MATCH (m)-[:HAS_MEMBER]->(x:Mineral)
WITH m, editions, collect(x.id) AS members
OPTIONAL MATCH (g:Mineral)-[:HAS_MEMBER]->(m)
RETURN m.id AS id, m.name AS name, editions, members, collect(g.id) AS groups
