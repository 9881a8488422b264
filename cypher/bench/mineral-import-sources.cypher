// Benchmark lower bound (mineral in depth, 3 of 4): ranked import sources of one importer.
MATCH (k:Country)-[s:SUPPLIES]->(m:Mineral)
WHERE m.id = $id AND s.importer = $importer
RETURN k.id AS country, s.rank AS rank, s.period AS period, s.sharePercent AS sharePercent
ORDER BY period DESC, rank
