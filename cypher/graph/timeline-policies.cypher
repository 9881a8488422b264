// Timeline: dated policies with their issuers, parties and named minerals. $country '' means any,
// else the issuer or a party; $minerals [''] means any mineral (Kùzu takes no empty list), else a named mineral is in $minerals.
MATCH (p:Policy)
WHERE p.date IS NOT NULL
  AND ($country = ''
    OR EXISTS { MATCH (p)-[:ISSUED_BY]->(c:Country) WHERE c.id = $country }
    OR EXISTS { MATCH (c:Country)-[:PARTY_TO]->(p) WHERE c.id = $country })
  AND ('' IN $minerals OR EXISTS { MATCH (p)-[:NAMES]->(m:Mineral) WHERE m.id IN $minerals })
OPTIONAL MATCH (p)-[:ISSUED_BY]->(issuer:Country)
OPTIONAL MATCH (party:Country)-[:PARTY_TO]->(p)
OPTIONAL MATCH (p)-[:NAMES]->(named:Mineral)
RETURN p AS s, collect(DISTINCT issuer) AS issuers, collect(DISTINCT party) AS parties, collect(DISTINCT named) AS named
