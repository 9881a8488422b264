// DateFilter.lte: not later: the stored span begins at or before the given one ends.
(n.{{PROP}}Lo IS NOT NULL AND n.{{PROP}}Lo <= $_hi)
