// Search candidates, unranked: every entity whose searchText contains $t, at most $limit
// of them in no order. Kùzu matches an unlabelled node across all node tables. When fewer
// than $limit come back they are all the hits, and src/domain/search.ts ranks them
// exactly; only a broader text needs the tiered cut of explore/search. Without its ORDER
// BY and CASE, the statement costs Kùzu half as much (0.60 against 1.15 ms for "gallium").
MATCH (n)
WHERE n.searchText CONTAINS $t
RETURN n.id AS id, label(n) AS label, n.searchText AS searchText
LIMIT $limit
