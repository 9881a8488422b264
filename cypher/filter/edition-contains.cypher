// List editions that list $mineral directly.
MATCH (e:ListEdition)-[:LISTS]->(m:Mineral)
WHERE m.id = $mineral
RETURN DISTINCT e.id AS id
