// DateFilter.gt: later at the precision both have: the stored span begins after the given one ends.
(n.{{PROP}}Lo IS NOT NULL AND n.{{PROP}}Lo > $_hi)
