// StringFilter.in: one of the values, exactly.
(n.{{PROP}} IS NOT NULL AND n.{{PROP}} IN $_v)
