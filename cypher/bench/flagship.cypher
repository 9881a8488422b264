// Benchmark lower bound for the design card's filter: minerals whose latest net import
// reliance of $importer is at least $min and whose rank-1 import source of $importer
// (latest period) is $country. Only what the GraphQL answer holds: id and name.
MATCH (c:Country)-[r:RELIES_ON]->(m:Mineral)
WHERE c.id = $importer
WITH m, max(r.year) AS latest
MATCH (c:Country)-[r:RELIES_ON]->(m)
WHERE c.id = $importer AND r.year = latest AND r.percent >= $min
MATCH (k:Country)-[s:SUPPLIES]->(m)
WHERE s.importer = $importer AND s.rank = 1 AND k.id = $country
RETURN DISTINCT m.id AS id, m.name AS name
ORDER BY id
