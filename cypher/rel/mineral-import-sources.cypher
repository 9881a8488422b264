// Ranked import sources of each of the given minerals, every importer and period.
MATCH (m:Mineral)-[r:IMPORT_SOURCE]->(o:Country)
WHERE m.id IN $ids
RETURN m.id AS key, r, o
