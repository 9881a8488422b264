// Timeline: dated investments. $country '' means any, else the funder or recipient is that country
// or an agency or company based in it; $minerals [''] means any mineral (Kùzu takes no empty list), else it targets a mineral in $minerals.
MATCH (i:Investment)
WHERE i.date IS NOT NULL
  AND ($country = ''
    OR EXISTS { MATCH (i)-[:FUNDED_BY]->(c:Country) WHERE c.id = $country }
    OR EXISTS { MATCH (i)-[:AWARDED_TO]->(c:Country) WHERE c.id = $country }
    OR EXISTS { MATCH (i)-[:FUNDED_BY]->(:Agency)-[:BASED_IN]->(c:Country) WHERE c.id = $country }
    OR EXISTS { MATCH (i)-[:AWARDED_TO]->(:Company)-[:BASED_IN]->(c:Country) WHERE c.id = $country })
  AND ('' IN $minerals OR EXISTS { MATCH (i)-[:TARGETS]->(m:Mineral) WHERE m.id IN $minerals })
OPTIONAL MATCH (i)-[:FUNDED_BY]->(funder:Agency)
OPTIONAL MATCH (i)-[:FUNDED_BY]->(funderCountry:Country)
OPTIONAL MATCH (i)-[:AWARDED_TO]->(recipient:Company)
OPTIONAL MATCH (i)-[:AWARDED_TO]->(recipientCountry:Country)
OPTIONAL MATCH (i)-[:TARGETS]->(target:Mineral)
RETURN i AS s, collect(DISTINCT funder) AS funders, collect(DISTINCT funderCountry) AS funderCountries,
  collect(DISTINCT recipient) AS recipients, collect(DISTINCT recipientCountry) AS recipientCountries,
  collect(DISTINCT target) AS targets
