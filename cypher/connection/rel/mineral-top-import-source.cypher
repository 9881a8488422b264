// MineralWhere.topImportSource: the country is the importer's rank-1 source in the period.
EXISTS { MATCH (c:Country)-[r:SUPPLIES]->(n) WHERE c.id = $_country AND r.importer = $_importer AND r.rank = 1 AND r.period = $_period }
