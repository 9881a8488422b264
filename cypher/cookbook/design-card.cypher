// Cookbook (README): the design card's question in plain Cypher: minerals the US relies on
// 100 % for imports in the latest year with data, whose rank-1 US import source is China.
MATCH (usa:Country {id: 'USA'})-[r:RELIES_ON]->(m:Mineral)
WITH usa, m, max(r.year) AS latest
MATCH (usa)-[r:RELIES_ON]->(m)
WHERE r.year = latest AND r.percent >= 100
MATCH (:Country {id: 'CHN'})-[s:SUPPLIES {importer: 'USA', rank: 1}]->(m)
RETURN DISTINCT m.id AS id, m.name AS name
ORDER BY id
