// Nodes per label; model labels only (not :Entity or :ExecutiveOrder, see src/domain/model.ts).
MATCH (n)
UNWIND labels(n) AS label
WITH label
WHERE label IN {{MODEL_LABELS}}
RETURN label, count(*) AS count
ORDER BY label
