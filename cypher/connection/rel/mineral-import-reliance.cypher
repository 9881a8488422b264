// MineralWhere.importReliance without bounds: the importer has a published figure for the year (the newest release's reading).
EXISTS { MATCH (c:Country)-[r:RELIES_ON]->(n) WHERE c.id = $_importer AND r.year = $_year AND (r.latest IS NULL OR r.latest = true) }
