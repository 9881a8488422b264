// MineralWhere.listedIn { edition, issuer }: that edition, issued by that economy, names it.
EXISTS { MATCH (e:ListEdition)-[:LISTS]->(n) WHERE e.id = $_edition AND e.issuer = $_issuer }
