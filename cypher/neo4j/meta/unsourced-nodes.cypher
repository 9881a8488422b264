// Entities that cite no source (Source nodes are the sources themselves): must be none.
MATCH (n)
WHERE NOT n:Source AND (n.sources IS NULL OR size(n.sources) = 0)
UNWIND labels(n) AS label
WITH label, n
WHERE label IN {{MODEL_LABELS}}
RETURN label, n.id AS id
ORDER BY label, id
