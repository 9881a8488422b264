// One importer's net import reliance on every mineral in one year: $year, or when it is
// -1 the latest year that importer has any reliance figure for. The min/max test runs
// on these rows in src/graphql/filters/reliance.ts (published text such as `>50` needs it).
MATCH (i:Country)-[x:RELIES_ON]->(:Mineral)
WHERE i.id = $importer
WITH max(x.year) AS latest
MATCH (c:Country)-[r:RELIES_ON]->(m:Mineral)
WHERE c.id = $importer AND r.year = CASE WHEN $year < 0 THEN latest ELSE $year END
RETURN m.id AS id, r.percent AS percent, r.text AS text
