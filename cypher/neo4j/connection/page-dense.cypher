// Neo4j: a page ordered by id whose `where` names a node by id through a relationship filter
// (src/repo/connections/compile.ts: the anchor), read the cheaper of two ways, decided in the
// statement from counts Neo4j keeps:
// - from the anchor's neighbours ({{MATCH}}, as connection/page): it reads all of them, so its
//   cost is the anchor's degree;
// - along the label's id index in page order, each node tested by the filter's EXISTS
//   ({{SCAN}}: the whole `where`), stopped at $limit: it reads about $limit * labelSize / degree
//   nodes when the matches are spread over the ids.
// Scanning wins when degree^2 > $scanCost * $limit * labelSize; $scanCost is how much more a
// scanned node costs than a neighbour read (measured, see SCAN_COST in compile.ts). Both sides
// give the same rows; only one runs (its guard is false for the other). {{DEGREE}} gives no row
// for an id no node has: then the page is empty, as the filter matches nothing.
CALL () { {{DEGREE}} }
CALL () { MATCH (m:{{Label}}) RETURN count(m) AS labelSize }
WITH total AS degree, labelSize
CALL (degree, labelSize) {
  WITH degree, labelSize
  WHERE degree * degree <= $scanCost * $limit * labelSize
  {{MATCH}}
  WHERE {{WHERE}} AND {{AFTER}}
  RETURN n
  ORDER BY {{ORDER}}
  LIMIT $limit
  UNION ALL
  WITH degree, labelSize
  WHERE degree * degree > $scanCost * $limit * labelSize
  MATCH (n:{{Label}})
  WHERE {{SCAN}} AND {{AFTER}}
  RETURN n
  ORDER BY {{ORDER}}
  LIMIT $limit
}
RETURN {{RETURN}}
ORDER BY {{ORDER}}
LIMIT $limit
