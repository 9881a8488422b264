// One importer's ranked import sources of each mineral, per period.
MATCH (c:Country)-[r:SUPPLIES]->(m:Mineral)
WHERE r.importer = $importer
RETURN m.id AS mineral, r.period AS period, r.rank AS rank, c.id AS country
ORDER BY mineral, period, rank
