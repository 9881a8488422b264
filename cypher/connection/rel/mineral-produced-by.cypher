// MineralWhere.producedBy: the country produced it in the year (a row of 0 or NA is no production; W is), in the newest release's reading.
EXISTS { MATCH (c:Country)-[r:PRODUCES]->(n) WHERE c.id = $_country AND r.year = $_year AND (r.amount > 0 OR r.sharePercent > 0 OR (r.amount IS NULL AND r.text <> 'NA' AND r.text <> '0')) AND (r.latest IS NULL OR r.latest = true) }
