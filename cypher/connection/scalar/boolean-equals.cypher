// BooleanFilter.equals: an unknown value reads as false.
coalesce(n.{{PROP}}, false) = $_v
