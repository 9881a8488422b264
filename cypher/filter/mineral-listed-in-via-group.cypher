// As mineral-listed-in, and also the members of a group such an edition names
// (neodymium through rare-earth-elements on USA-2018). A separate statement rather than
// a boolean parameter: Kùzu 0.11 ignores a parameter-only conjunct such as `$viaGroup = true`.
MATCH (e:ListEdition)-[:LISTS]->(m:Mineral)
WHERE ($edition = '' OR e.id = $edition) AND ($issuer = '' OR e.issuer = $issuer)
RETURN DISTINCT m.id AS id
UNION
MATCH (e:ListEdition)-[:LISTS]->(:Mineral)-[:HAS_MEMBER]->(m:Mineral)
WHERE ($edition = '' OR e.id = $edition) AND ($issuer = '' OR e.issuer = $issuer)
RETURN DISTINCT m.id AS id
