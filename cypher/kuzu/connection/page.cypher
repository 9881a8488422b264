// Kùzu: as connection/page, with every parameter bound to a variable first ({{BIND}}: `$w0_v AS
// p_w0_v, ...`; the slots name the variables). Kùzu 0.11 loses a parameter used inside an EXISTS
// subquery when the same WHERE holds another parameter ("Parameter ... not found"); bound once
// up front, every value still travels as a parameter.
WITH {{BIND}}
MATCH (n:{{Label}})
WHERE {{WHERE}} AND {{AFTER}}
RETURN n
ORDER BY {{ORDER}}
LIMIT $limit
