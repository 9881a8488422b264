// Published indicators of each of the given minerals.
MATCH (o:Country)-[r:MEASURE]->(m:Mineral)
WHERE {{IDS m}}
RETURN m.id AS key, {{FACT r:MEASURE}}, {{END o}}
ORDER BY r.indicator, r.year
