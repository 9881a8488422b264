// How many minerals MineralWhere.listedIn { edition, issuer } matches: the edition's LISTS
// relationships when it is that issuer's (distinct minerals: see mineral-listed-in-edition).
MATCH (e:ListEdition)-[:LISTS]->()
WHERE e.id = $_edition AND e.issuer = $_issuer
RETURN count(*) AS total
