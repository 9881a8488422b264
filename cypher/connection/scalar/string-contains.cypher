// StringFilter.contains: case-insensitive.
(n.{{PROP}} IS NOT NULL AND lower(n.{{PROP}}) CONTAINS lower($_v))
