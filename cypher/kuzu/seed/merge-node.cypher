// Seed: upsert entities of one label by id. Rows arrive as text and {{SET_TYPED n}} decodes them
// to the model's types: Kùzu would otherwise infer field types from the first row (see cypher.ts).
UNWIND $rows AS row
MERGE (n:{{Label}} {id: row.id})
SET {{SET_TYPED n}}
