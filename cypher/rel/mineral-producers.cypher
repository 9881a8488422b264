// World production of each of the given minerals by country, every year and type.
MATCH (o:Country)-[r:PRODUCES]->(m:Mineral)
WHERE {{IDS m}}
RETURN m.id AS key, {{FACT r:PRODUCES}}, {{END o}}
