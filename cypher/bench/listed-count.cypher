// Benchmark lower bound for a filtered connection's totalCount: the minerals on an edition.
MATCH (e:ListEdition)-[:LISTS]->(m:Mineral)
WHERE e.id = $edition
RETURN count(DISTINCT m) AS total
