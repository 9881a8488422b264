// DateFilter.lt: earlier: the stored span ends before the given one begins.
(n.{{PROP}}Hi IS NOT NULL AND n.{{PROP}}Hi < $_lo)
