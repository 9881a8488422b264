// Net import reliance on each of the given minerals, every importer and year.
MATCH (o:Country)-[r:RELIES_ON]->(m:Mineral)
WHERE {{IDS m}}
RETURN m.id AS key, {{FACT r:RELIES_ON}}, {{END o}}
