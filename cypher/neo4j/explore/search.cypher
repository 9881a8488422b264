// Search candidates: every entity whose searchText (lower-cased names, acronyms and
// aliases, one per line) contains $t. Every entity carries :Entity. CONTAINS rather
// than the entity_search fulltext index: the same candidates as Kùzu (the index's
// analyzer tokenizes, so Chinese substrings and partial words match differently),
// and no Lucene query syntax to escape. Exact lines first, then line prefixes, then
// the rest, so the $cap kept are the best; src/domain/search.ts scores them exactly.
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
RETURN n
