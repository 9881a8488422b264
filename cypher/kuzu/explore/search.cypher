// Search candidates: every entity whose searchText (lower-cased names, acronyms and
// aliases, one per line) contains $t. Kùzu matches an unlabelled node across all node
// tables. Exact lines first, then line prefixes, then the rest, so the $cap kept are
// the best; src/domain/search.ts scores and orders them exactly. Ids, labels and searchText
// only: the few hits that make the page are read whole afterwards (entity/of-label).
MATCH (n)
WHERE n.searchText CONTAINS $t
WITH n,
  CASE
    WHEN n.searchText = $t OR n.searchText STARTS WITH $tNl OR n.searchText ENDS WITH $nlT OR n.searchText CONTAINS $nlTNl THEN 0
    WHEN n.searchText STARTS WITH $t OR n.searchText CONTAINS $nlT THEN 1
    ELSE 2
  END AS tier
ORDER BY tier, n.id
LIMIT $cap
RETURN n.id AS id, label(n) AS label, n.searchText AS searchText
