// The relationships of a neighbourhood, statistical facts included: every relationship between
// two kept entities of which at least one was expanded (so none among the outermost ring).
// Of the statistical facts only the reading of each series a view shows (`headline`, computed
// at load) unless $allFacts, and none a later release revised (`latest: false`) unless
// $revisions; links have neither property. Both lists are never empty (the caller always
// passes the centre).
MATCH (a)-[r]->(b)
WHERE a.id IN $kept AND b.id IN $kept AND (a.id IN $expanded OR b.id IN $expanded)
  AND ($allFacts OR r.headline IS NULL OR r.headline = true)
  AND ($revisions OR r.latest IS NULL OR r.latest = true)
RETURN a.id AS fromId, r, b.id AS toId
