// One node by id, whatever its label (sources included), with its model label.
MATCH (n)
WHERE n.id = $id AND (n:Entity OR n:Source)
UNWIND labels(n) AS label
WITH label, n
WHERE label IN {{MODEL_LABELS}}
RETURN label, n
