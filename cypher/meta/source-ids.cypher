// The id of every Source node.
MATCH (s:Source)
RETURN s.id AS id
ORDER BY id
