// Facts (relationships) that cite no source: must be none.
MATCH (a)-[r]->(b)
WHERE r.sources IS NULL OR size(r.sources) = 0
RETURN label(r) AS type, a.id AS from, b.id AS to, r.key AS key
ORDER BY type, from, to, key
