// Minerals whose rank-1 import source for $importer is $country in one period: $period,
// or when it is '' the latest period that importer has import sources for.
MATCH (:Country)-[x:SUPPLIES]->(:Mineral)
WHERE x.importer = $importer
WITH max(x.period) AS latest
MATCH (c:Country)-[r:SUPPLIES]->(m:Mineral)
WHERE c.id = $country AND r.importer = $importer AND r.rank = 1
  AND r.period = CASE WHEN $period = '' THEN latest ELSE $period END
RETURN DISTINCT m.id AS id
