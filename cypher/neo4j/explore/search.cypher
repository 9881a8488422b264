// Search candidates: every entity whose searchText (lower-cased names, acronyms and
// aliases, one per line) contains $t. Every entity carries :Entity, and the TEXT index
// entity_search_text (schema.cypher) serves the CONTAINS: the same candidates as Kùzu,
// found by an index seek (test/neo4j/plans.test.ts checks the plan). Exact lines first, then line prefixes, then
// the rest, so the $cap kept are the best; src/domain/search.ts scores them exactly. Ids, labels
// and searchText only: the few hits that make the page are read whole afterwards (entity/of-label).
MATCH (n:Entity)
WHERE n.searchText CONTAINS $t
WITH n,
  CASE
    WHEN n.searchText = $t OR n.searchText STARTS WITH $tNl OR n.searchText ENDS WITH $nlT OR n.searchText CONTAINS $nlTNl THEN 0
    WHEN n.searchText STARTS WITH $t OR n.searchText CONTAINS $nlT THEN 1
    ELSE 2
  END AS tier
ORDER BY tier, n.id
LIMIT $cap
RETURN n.id AS id, [l IN labels(n) WHERE l IN {{MODEL_LABELS}}][0] AS label, n.searchText AS searchText
