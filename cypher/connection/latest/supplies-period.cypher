// The latest import-source period an importer has figures for: read before a topImportSource
// fragment without a period, and passed to it as a parameter.
MATCH (:Country)-[x:SUPPLIES]->(:Mineral) WHERE x.importer = $importer RETURN max(x.period) AS latest
