// Before a cursor whose key is unknown: every known key, or an unknown key and a smaller id.
(n.{{PROP}} IS NOT NULL OR n.id < $_id)
