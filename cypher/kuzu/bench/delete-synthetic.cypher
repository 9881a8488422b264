// Benchmark clean-up: removes the synthetic scale-test graph (ids prefixed synthetic-) and its facts.
MATCH (n)
WHERE n.id STARTS WITH 'synthetic-'
DETACH DELETE n
