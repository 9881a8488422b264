// IntFilter / FloatFilter.in.
(n.{{PROP}} IS NOT NULL AND n.{{PROP}} IN $_v)
