// MineralWhere.listedIn { edition }: an edition names it.
EXISTS { MATCH (e:ListEdition)-[:LISTS]->(n) WHERE e.id = $_edition }
