// Which minerals each list edition lists.
MATCH (e:ListEdition)-[:LISTS]->(m:Mineral)
RETURN e.id AS edition, m.id AS mineral
ORDER BY edition, mineral
