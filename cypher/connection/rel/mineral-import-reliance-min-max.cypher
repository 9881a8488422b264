// MineralWhere.importReliance { min, max }: the figure certainly within both.
EXISTS { MATCH (c:Country)-[r:RELIES_ON]->(n) WHERE c.id = $_importer AND r.year = $_year AND (r.latest IS NULL OR r.latest = true) AND r.relianceLo >= $_min AND r.relianceHi <= $_max }
