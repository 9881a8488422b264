// A connection's page in one statement (src/repo/connections/compile.ts composes the slots
// from the fragment files beside this one): the label's nodes ({{MATCH}}: all of them, or those a
// relationship filter reaches from the node it names by id) that match {{WHERE}}, after the
// cursor ({{AFTER}}), in the connection's total order ({{ORDER}}), one more than the page to
// tell whether another page follows; {{RETURN}} is the node (n), or only the properties the
// request selects (`n.name AS v_name, ...`: whole nodes cost Kùzu twice as much to read). Request
// values are parameters; identifiers come from the model's allow-list.
{{MATCH}}
WHERE {{WHERE}} AND {{AFTER}}
RETURN {{RETURN}}
ORDER BY {{ORDER}}
LIMIT $limit
