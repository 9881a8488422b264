// One importer's net import reliance on every mineral in one year: $year, or when it is
// -1 the latest year that importer has any reliance figure for. The min/max test runs
// on these rows in src/graphql/filters/reliance.ts (published text such as `>50` needs it).
// Of several releases' readings of the year, the newest release's (`latest`).
MATCH (i:Country)-[x:RELIES_ON]->(:Mineral)
WHERE i.id = $importer
WITH max(x.year) AS latest
MATCH (c:Country)-[r:RELIES_ON]->(m:Mineral)
WHERE c.id = $importer AND r.year = CASE WHEN $year < 0 THEN latest ELSE $year END
  AND (r.latest IS NULL OR r.latest = true)
RETURN m.id AS id, r.percent AS percent, r.text AS text
