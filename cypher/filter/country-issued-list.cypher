// Economies that issued a list edition: $edition ('' = any) that lists $mineral
// directly ('' = any list).
MATCH (e:ListEdition)-[:ISSUED_BY]->(c:Country)
WHERE ($edition = '' OR e.id = $edition)
  AND ($mineral = '' OR EXISTS { MATCH (e)-[:LISTS]->(m:Mineral) WHERE m.id = $mineral })
RETURN DISTINCT c.id AS id
