// Benchmark lower bound for a filtered connection page: the first $first minerals (by id) on an edition.
MATCH (e:ListEdition)-[:LISTS]->(m:Mineral)
WHERE e.id = $edition
RETURN m.id AS id, m.name AS name
ORDER BY id
LIMIT $first
