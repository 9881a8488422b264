// Each list edition with its declared size and the number of minerals it lists.
MATCH (e:ListEdition)
OPTIONAL MATCH (e)-[:LISTS]->(m:Mineral)
RETURN e.id AS id, e.issuer AS issuer, e.year AS year, e.size AS size, count(m) AS listed
ORDER BY id
