// IntFilter / FloatFilter.lte.
(n.{{PROP}} IS NOT NULL AND n.{{PROP}} <= $_v)
