// Alliances $country is or was a member of.
MATCH (c:Country)-[:MEMBER_OF]->(a:Alliance)
WHERE c.id = $country
RETURN DISTINCT a.id AS id
