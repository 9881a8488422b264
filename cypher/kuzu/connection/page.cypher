// Kùzu: as connection/page, with the parameters on n bound to variables first ({{BIND}}: `$w0_v AS
// p_w0_v, ...`; the slots name the variables). Kùzu 0.11 loses a parameter used inside an EXISTS
// subquery when the same WHERE holds another parameter on n ("Parameter ... not found"); bound
// once up front, every value still travels as a parameter (src/repo/connections/compile.ts says
// which stay parameters and why).
WITH {{BIND}}
{{MATCH}}
WHERE {{WHERE}} AND {{AFTER}}
RETURN {{RETURN}}
ORDER BY {{ORDER}}
LIMIT $limit
