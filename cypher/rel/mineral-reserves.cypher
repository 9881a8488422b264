// Reserves of each of the given minerals by country, every release and basis.
MATCH (o:Country)-[r:RESERVES]->(m:Mineral)
WHERE {{IDS m}}
RETURN m.id AS key, {{FACT r:RESERVES}}, {{END o}}
