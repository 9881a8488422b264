// Relationships per type (Kùzu: label(r) names a relationship's table).
MATCH ()-[r]->()
RETURN label(r) AS type, count(*) AS count
ORDER BY type
