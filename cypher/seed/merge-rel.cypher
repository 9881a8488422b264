// Seed: upsert facts of one relationship type between two labels; `key` tells apart facts of one pair.
UNWIND $rows AS row
MATCH (a:{{From}} {id: row.from}), (b:{{To}} {id: row.to})
MERGE (a)-[r:{{TYPE}} {key: row.key}]->(b)
SET {{SET r}}
RETURN count(r) AS written
