// Benchmark clean-up: removes up to $batch nodes of the synthetic scale-test graph (ids prefixed
// synthetic-, the Source synthetic-benchmark included) with their facts; the caller repeats it
// until it deletes none, so no one transaction has to hold a 100x graph's deletions.
MATCH (n:Entity)
WHERE n.id STARTS WITH 'synthetic-'
WITH n
LIMIT $batch
DETACH DELETE n
RETURN count(*) AS deleted
