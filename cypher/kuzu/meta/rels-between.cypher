// Every relationship from one entity to another, with its type (Kùzu: label(r)).
MATCH (a)-[r]->(b)
WHERE a.id = $from AND b.id = $to
RETURN label(r) AS type, r
