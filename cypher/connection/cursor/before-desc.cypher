// Before ($_k, $_id) descending.
(n.{{PROP}} IS NOT NULL AND (n.{{PROP}} > $_k OR (n.{{PROP}} = $_k AND n.id < $_id)))
