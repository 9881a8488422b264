// Minerals $country produced in one year ($year, or when -1 the latest year with any
// production figure), in any series (mine, refinery, ...). A row of 0 or `NA` is no
// production; `W` (withheld) is. With $minShare >= 0 the country's share of world
// production must reach it.
MATCH (:Country)-[x:PRODUCES]->(:Mineral)
WITH max(x.year) AS latest
MATCH (c:Country)-[r:PRODUCES]->(m:Mineral)
WHERE c.id = $country AND r.year = CASE WHEN $year < 0 THEN latest ELSE $year END
  AND (r.amount > 0 OR r.sharePercent > 0 OR (r.amount IS NULL AND r.text <> 'NA' AND r.text <> '0'))
  AND ($minShare < 0 OR r.sharePercent >= $minShare)
  AND (r.latest IS NULL OR r.latest = true)
RETURN DISTINCT m.id AS id
