// The latest year with any production figure: read before a producedBy fragment without a year.
MATCH (:Country)-[x:PRODUCES]->(:Mineral) RETURN max(x.year) AS latest
