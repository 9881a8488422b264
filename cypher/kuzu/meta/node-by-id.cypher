// One node by id, whatever its label (sources included), with its label.
MATCH (n)
WHERE n.id = $id
RETURN label(n) AS label, n
