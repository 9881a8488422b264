// Benchmark lower bound (mineral in depth, 4 of 4): producing countries in the latest year with data.
MATCH (c:Country)-[p:PRODUCES]->(m:Mineral)
WHERE m.id = $id
WITH max(p.year) AS latest
MATCH (c:Country)-[p:PRODUCES]->(m:Mineral)
WHERE m.id = $id AND p.year = latest AND (p.latest IS NULL OR p.latest = true)
RETURN c.id AS country, p.year AS year, p.type AS type, p.amount AS amount, p.unit AS unit, p.sharePercent AS sharePercent
ORDER BY sharePercent DESC
