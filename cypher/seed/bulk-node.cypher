// Bulk import: new entities of one label, created (not merged: none may exist yet, the id
// constraint refuses a duplicate). {{LABELS n}} adds :Entity and the design card's sub-labels.
// Rows arrive in large batches, all in one transaction (src/seeds/load.ts bulkStatements).
UNWIND $rows AS row
CREATE (n:{{Label}} {id: row.id})
SET {{LABELS n}}, {{SET n}}
RETURN count(n) AS written
