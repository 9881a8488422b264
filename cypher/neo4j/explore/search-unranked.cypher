// Search candidates, unranked: every entity whose searchText contains $t, at most $limit
// of them in no order, found through the TEXT index entity_search_text as explore/search
// is. When fewer than $limit come back they are all the hits, and src/domain/search.ts
// ranks them exactly; only a broader text needs the tiered cut of explore/search.
MATCH (n:Entity)
WHERE n.searchText CONTAINS $t
RETURN n.id AS id, [l IN labels(n) WHERE l IN {{MODEL_LABELS}}][0] AS label, n.searchText AS searchText
LIMIT $limit
