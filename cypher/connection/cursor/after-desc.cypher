// After ($_k, $_id) descending, unknown keys last.
(n.{{PROP}} < $_k OR (n.{{PROP}} = $_k AND n.id > $_id) OR n.{{PROP}} IS NULL)
