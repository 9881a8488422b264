// After ($_k, $_id) ascending, unknown keys last: a greater key, the same key and a greater id, or an unknown key.
(n.{{PROP}} > $_k OR (n.{{PROP}} = $_k AND n.id > $_id) OR n.{{PROP}} IS NULL)
