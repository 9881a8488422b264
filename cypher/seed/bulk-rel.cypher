// Bulk import: new facts of one relationship type between two labels, created (not merged).
// `written` short of the rows means an end was missing: the loader then rolls it all back.
UNWIND $rows AS row
MATCH (a:{{From}} {id: row.from})
MATCH (b:{{To}} {id: row.to})
CREATE (a)-[r:{{TYPE}} {key: row.key}]->(b)
SET {{SET r}}
RETURN count(r) AS written
