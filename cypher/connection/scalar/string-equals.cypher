// StringFilter.equals: exactly (case-sensitive); an unknown value matches no operator.
(n.{{PROP}} IS NOT NULL AND n.{{PROP}} = $_v)
