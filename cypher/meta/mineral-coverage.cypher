// Per mineral: how many import-reliance, import-source and production facts the graph holds.
MATCH (m:Mineral)
OPTIONAL MATCH (:Country)-[r:RELIES_ON]->(m)
WITH m, count(r) AS reliance
OPTIONAL MATCH (:Country)-[s:SUPPLIES]->(m)
WITH m, reliance, count(s) AS importSources
OPTIONAL MATCH (:Country)-[p:PRODUCES]->(m)
RETURN m.id AS id, reliance, importSources, count(p) AS production
ORDER BY id
