// Cookbook (README): the Minerals Security Partnership's members and when each joined.
MATCH (c:Country)-[r:MEMBER_OF]->(:Alliance {id: 'msp'})
RETURN c.id AS country, c.name AS name, r.since AS since
ORDER BY since, country
