// IntFilter / FloatFilter.gte.
(n.{{PROP}} IS NOT NULL AND n.{{PROP}} >= $_v)
