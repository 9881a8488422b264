// The relationships of a neighbourhood, statistical facts included: every relationship between
// two kept entities of which at least one was expanded (so none among the outermost ring).
// Both lists are never empty (the caller always passes the centre).
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $kept AND b.id IN $kept AND (a.id IN $expanded OR b.id IN $expanded)
RETURN a.id AS fromId, r, b.id AS toId
