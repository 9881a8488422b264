// Benchmark lower bound for an unfiltered connection page: the first $first minerals by id.
MATCH (m:Mineral)
RETURN m.id AS id, m.name AS name
ORDER BY id
LIMIT $first
