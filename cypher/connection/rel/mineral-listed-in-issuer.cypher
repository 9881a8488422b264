// MineralWhere.listedIn { issuer }: an edition of that economy names it.
EXISTS { MATCH (e:ListEdition)-[:LISTS]->(n) WHERE e.issuer = $_issuer }
