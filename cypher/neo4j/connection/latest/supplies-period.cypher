// Neo4j: as connection/latest/supplies-period, as the top of the (importer, period) index in
// its order instead of max(): Neo4j walks the supplies_importer index backwards and stops at the
// first row (100x, 45,000 US import-source rows: 6.7 ms, against 89 ms for max(x.period)).
// No row when the importer has none.
MATCH (:Country)-[x:SUPPLIES]->(:Mineral)
WHERE x.importer = $importer AND x.period IS NOT NULL
RETURN x.period AS latest
ORDER BY x.importer DESC, x.period DESC
LIMIT 1
