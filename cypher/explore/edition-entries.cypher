// The entries of the given list editions, lean: each edition, the id and name of the mineral
// it lists and the entry as printed. What listDiff reads when its answer selects nothing of
// the minerals but id and name (whole nodes and relationships cost Kùzu 12 times as much at 100x).
MATCH (e:ListEdition)-[r:LISTS]->(m:Mineral)
WHERE e.id IN $ids
RETURN e.id AS edition, m.id AS id, m.name AS name, r.asPublished AS asPublished
