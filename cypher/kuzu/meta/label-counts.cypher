// Nodes per label (Kùzu: one table per label, label(n) names it).
MATCH (n)
RETURN label(n) AS label, count(*) AS count
ORDER BY label
