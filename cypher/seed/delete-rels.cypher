// Seed sync: removes facts that seeds/ no longer holds, each named by its ends and key.
UNWIND $rows AS row
MATCH (a:{{From}} {id: row.from})-[r:{{TYPE}} {key: row.key}]->(b:{{To}} {id: row.to})
DELETE r
