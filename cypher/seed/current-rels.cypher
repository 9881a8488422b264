// Seed sync: every fact of one relationship type between two labels, with its ends' ids.
MATCH (a:{{From}})-[r:{{TYPE}}]->(b:{{To}})
RETURN a.id AS from, b.id AS to, r
