// Neo4j: as connection/degree/mineral-listed-in-edition-issuer, read from the edition's degree.
MATCH (e:ListEdition)
WHERE e.id = $_edition AND e.issuer = $_issuer
RETURN COUNT { (e)-[:LISTS]->() } AS total
