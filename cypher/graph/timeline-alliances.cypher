// Timeline: alliances with a founding date, with their founding members. $country '' means any,
// else a member (any role); $minerals [''] means any mineral (Kùzu takes no empty list), else the alliance names a mineral in $minerals.
MATCH (a:Alliance)
WHERE a.founded IS NOT NULL
  AND ($country = '' OR EXISTS { MATCH (c:Country)-[:MEMBER_OF]->(a) WHERE c.id = $country })
  AND ('' IN $minerals OR EXISTS { MATCH (a)-[:NAMES]->(m:Mineral) WHERE m.id IN $minerals })
OPTIONAL MATCH (founder:Country)-[f:MEMBER_OF]->(a)
WHERE f.role = 'founding'
RETURN a AS s, collect(DISTINCT founder) AS founders
