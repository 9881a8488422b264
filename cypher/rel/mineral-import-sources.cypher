// Ranked import sources of each of the given minerals, every importer and period.
MATCH (o:Country)-[r:SUPPLIES]->(m:Mineral)
WHERE {{IDS m}}
RETURN m.id AS key, {{FACT r:SUPPLIES}}, {{END o}}
