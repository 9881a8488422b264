// Nodes per label; every entity also carries :Entity, which is not a label of the model.
MATCH (n)
UNWIND labels(n) AS label
WITH label
WHERE label <> 'Entity'
RETURN label, count(*) AS count
ORDER BY label
