// MineralWhere.importReliance { min }: the figure certainly at least min (relianceLo, computed at load from the published text: >50 meets 50, E meets none).
EXISTS { MATCH (c:Country)-[r:RELIES_ON]->(n) WHERE c.id = $_importer AND r.year = $_year AND (r.latest IS NULL OR r.latest = true) AND r.relianceLo >= $_min }
