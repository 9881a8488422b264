// DateFilter.gte: not earlier: the stored span ends at or after the given one begins.
(n.{{PROP}}Hi IS NOT NULL AND n.{{PROP}}Hi >= $_lo)
