// StringFilter.startsWith: case-insensitive.
(n.{{PROP}} IS NOT NULL AND lower(n.{{PROP}}) STARTS WITH lower($_v))
