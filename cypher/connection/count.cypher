// How many of the label's nodes match {{WHERE}}: a connection's totalCount, read only when
// the request selects it.
{{MATCH}}
WHERE {{WHERE}}
RETURN count(n) AS total
