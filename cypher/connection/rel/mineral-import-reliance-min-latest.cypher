// As mineral-import-reliance-min, without a year: of the latest one (inLatestYear, computed at load: src/seeds/compile.ts markLatest).
EXISTS { MATCH (c:Country)-[r:RELIES_ON]->(n) WHERE c.id = $_importer AND r.inLatestYear = true AND (r.latest IS NULL OR r.latest = true) AND r.relianceLo >= $_min }
