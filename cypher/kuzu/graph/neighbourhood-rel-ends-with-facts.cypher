// As neighbourhood-rels-with-facts, when the request selects no property, note or source of
// the relationships: only what identifies each one (its ends, type and key), not the
// relationship with all its properties, which costs several times as much to read.
MATCH (a)-[r]->(b)
WHERE a.id IN $kept AND b.id IN $kept AND (a.id IN $expanded OR b.id IN $expanded)
  AND ($allFacts OR r.headline IS NULL OR r.headline = true)
  AND ($revisions OR r.latest IS NULL OR r.latest = true)
RETURN a.id AS fromId, label(r) AS type, r.key AS key, b.id AS toId
