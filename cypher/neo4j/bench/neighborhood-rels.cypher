// Benchmark lower bound for a neighbourhood's relationships: those between kept entities with
// an expanded end, the latest reading of each parallel fact, as type and ends (what orders them).
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $kept AND b.id IN $kept AND (a.id IN $expanded OR b.id IN $expanded)
  AND (r.headline IS NULL OR r.headline = true) AND (r.latest IS NULL OR r.latest = true)
RETURN a.id AS fromId, type(r) AS type, b.id AS toId
