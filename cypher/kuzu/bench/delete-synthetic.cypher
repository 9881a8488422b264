// Benchmark clean-up: removes up to $batch nodes of the synthetic scale-test graph (ids prefixed
// synthetic-) with their facts; the caller repeats it until it deletes none. (The Kùzu runs
// delete their whole folder instead; this file keeps the statement defined on both backends.)
MATCH (n)
WHERE n.id STARTS WITH 'synthetic-'
WITH n
LIMIT $batch
DETACH DELETE n
RETURN count(*) AS deleted
