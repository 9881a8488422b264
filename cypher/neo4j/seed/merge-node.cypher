// Seed: upsert entities of one label by id. {{LABELS n}} adds :Entity (every node, Sources
// included: the id lookups match it) and the design card's sub-labels (:ExecutiveOrder);
// {{UNLABEL n}} drops the sub-labels these rows no longer qualify for (src/domain/model.ts).
UNWIND $rows AS row
MERGE (n:{{Label}} {id: row.id})
SET {{LABELS n}}, {{SET n}}
{{UNLABEL n}}
