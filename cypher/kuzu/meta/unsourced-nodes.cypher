// Entities that cite no source (Source nodes are the sources themselves): must be none.
MATCH (n)
WHERE label(n) <> 'Source' AND (n.sources IS NULL OR size(n.sources) = 0)
RETURN label(n) AS label, n.id AS id
ORDER BY label, id
