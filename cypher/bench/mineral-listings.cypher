// Benchmark lower bound (mineral in depth, 1 of 4): the editions listing a mineral and their issuers.
MATCH (e:ListEdition)-[l:LISTS]->(m:Mineral)
WHERE m.id = $id
OPTIONAL MATCH (e)-[:ISSUED_BY]->(i:Country)
RETURN e.id AS edition, e.year AS year, l.asPublished AS asPublished, i.id AS issuer
ORDER BY year, edition
