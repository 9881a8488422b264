// As mineral-top-import-source, without a period or year: of the importer's latest period (inLatestPeriod, computed at load: src/seeds/compile.ts markLatest).
EXISTS { MATCH (c:Country)-[r:SUPPLIES]->(n) WHERE c.id = $_country AND r.importer = $_importer AND r.rank = 1 AND r.inLatestPeriod = true }
