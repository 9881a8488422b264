// The list editions each of the given minerals is on.
MATCH (o:ListEdition)-[r:LISTS]->(m:Mineral)
WHERE {{IDS m}}
RETURN m.id AS key, {{FACT r:LISTS}}, o
ORDER BY o.year, o.id
