// IntFilter / FloatFilter.gt.
(n.{{PROP}} IS NOT NULL AND n.{{PROP}} > $_v)
