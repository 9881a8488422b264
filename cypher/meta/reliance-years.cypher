// The years for which one importer's net import reliance on each mineral is held.
MATCH (c:Country)-[r:RELIES_ON]->(m:Mineral)
WHERE c.id = $importer
RETURN m.id AS mineral, r.year AS year, r.text AS text
ORDER BY mineral, year
