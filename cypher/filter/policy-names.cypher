// Policies that name $mineral (NAMES links).
MATCH (p:Policy)-[:NAMES]->(m:Mineral)
WHERE m.id = $mineral
RETURN DISTINCT p.id AS id
