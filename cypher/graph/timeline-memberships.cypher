// Timeline: memberships with a start date. $country '' means any, else the member.
MATCH (c:Country)-[r:MEMBER_OF]->(a:Alliance)
WHERE r.since IS NOT NULL AND ($country = '' OR c.id = $country)
RETURN c, r, a
