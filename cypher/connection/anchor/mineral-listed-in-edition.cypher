// Where a page starts when its where names an edition at the top (listedIn { edition }): that
// edition's minerals, not every Mineral. The listedIn fragment still stands in WHERE; this only
// narrows the scan (src/repo/connections/compile.ts adds WITH DISTINCT n).
MATCH (a:ListEdition)-[:LISTS]->(n:Mineral)
WHERE a.id = $_edition
