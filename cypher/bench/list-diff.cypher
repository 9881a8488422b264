// Benchmark lower bound for listDiff: every mineral on either edition, the editions naming it
// and its groups (what resolving group splits needs); added/removed/unchanged follow from these.
MATCH (e:ListEdition)-[:LISTS]->(m:Mineral)
WHERE e.id = $from OR e.id = $to
WITH m, collect(e.id) AS editions
OPTIONAL MATCH (g:Mineral)-[:HAS_MEMBER]->(m)
RETURN m.id AS id, editions, collect(g.id) AS groups
ORDER BY id
