// As mineral-produced-by, without a year: of the latest one (inLatestYear, computed at load: src/seeds/compile.ts markLatest).
EXISTS { MATCH (c:Country)-[r:PRODUCES]->(n) WHERE c.id = $_country AND r.inLatestYear = true AND (r.amount > 0 OR r.sharePercent > 0 OR (r.amount IS NULL AND r.text <> 'NA' AND r.text <> '0')) AND (r.latest IS NULL OR r.latest = true) }
