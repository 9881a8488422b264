// Benchmark lower bound (mineral in depth, 2 of 4): net import reliance of one importer by year.
MATCH (c:Country)-[r:RELIES_ON]->(m:Mineral)
WHERE m.id = $id AND c.id = $importer AND (r.latest IS NULL OR r.latest = true)
RETURN r.year AS year, r.percent AS percent, r.text AS text
ORDER BY year
