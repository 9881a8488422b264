// IntFilter / FloatFilter.lt.
(n.{{PROP}} IS NOT NULL AND n.{{PROP}} < $_v)
