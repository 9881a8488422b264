// As neighbourhood-rels-with-facts, when the request selects no property, note or source of
// the relationships: only what identifies each one (its ends, type, key and whether it is the
// newest release's reading, and what tells parallel readings apart: year, period, importer,
// series, indicator, partner), not the relationship with all its properties, which costs several
// times as much to read.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $kept AND b.id IN $kept AND (a.id IN $expanded OR b.id IN $expanded)
RETURN a.id AS fromId, type(r) AS type, r.key AS key, r.latest AS latest, b.id AS toId,
  r.year AS year, r.period AS period, r.importer AS importer, r.type AS series, r.indicator AS indicator, r.partner AS partner
