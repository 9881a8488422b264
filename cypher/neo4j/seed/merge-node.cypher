// Seed: upsert entities of one label by id, also labelled :Entity for id lookups across types.
UNWIND $rows AS row
MERGE (n:{{Label}} {id: row.id})
SET n:Entity, {{SET n}}
