// Before ($_k, $_id) ascending: a smaller known key, or the same key and a smaller id.
(n.{{PROP}} IS NOT NULL AND (n.{{PROP}} < $_k OR (n.{{PROP}} = $_k AND n.id < $_id)))
