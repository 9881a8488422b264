// Seed: upsert entities of one label by id. {{Label}} and {{SET n}} come from src/domain/model.ts.
UNWIND $rows AS row
MERGE (n:{{Label}} {id: row.id})
SET {{SET n}}
