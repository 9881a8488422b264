// Minerals a list edition names directly, on any edition that matches: $edition
// ('' = any) and $issuer ('' = any economy). Returns the matching mineral ids.
MATCH (e:ListEdition)-[:LISTS]->(m:Mineral)
WHERE ($edition = '' OR e.id = $edition) AND ($issuer = '' OR e.issuer = $issuer)
RETURN DISTINCT m.id AS id
