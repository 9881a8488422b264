// MineralWhere.listedIn {}: any edition names it.
EXISTS { MATCH (:ListEdition)-[:LISTS]->(n) }
