// IntFilter / FloatFilter.equals.
(n.{{PROP}} IS NOT NULL AND n.{{PROP}} = $_v)
