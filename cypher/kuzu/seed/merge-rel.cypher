// Seed: upsert facts of one relationship type between two labels, rows as text, decoded by {{SET_TYPED r}} (see cypher.ts).
UNWIND $rows AS row
MATCH (a:{{From}} {id: row.from}), (b:{{To}} {id: row.to})
MERGE (a)-[r:{{TYPE}} {key: row.key}]->(b)
SET {{SET_TYPED r}}
RETURN count(r) AS written
