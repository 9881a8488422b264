// MineralWhere.importReliance { max }: the figure certainly at most max (relianceHi: <25 meets 25, E meets every max).
EXISTS { MATCH (c:Country)-[r:RELIES_ON]->(n) WHERE c.id = $_importer AND r.year = $_year AND (r.latest IS NULL OR r.latest = true) AND r.relianceHi <= $_max }
