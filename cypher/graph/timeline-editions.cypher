// Timeline: list editions with their issuers. $country '' means any, else the issuer;
// $minerals [''] means any mineral (Kùzu takes no empty list), else the edition lists a mineral in $minerals.
MATCH (e:ListEdition)
WHERE ($country = '' OR EXISTS { MATCH (e)-[:ISSUED_BY]->(c:Country) WHERE c.id = $country })
  AND ('' IN $minerals OR EXISTS { MATCH (e)-[:LISTS]->(m:Mineral) WHERE m.id IN $minerals })
OPTIONAL MATCH (e)-[:ISSUED_BY]->(issuer:Country)
RETURN e AS s, collect(DISTINCT issuer) AS issuers
