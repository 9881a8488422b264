// Benchmark lower bound for search: entities whose lower-cased names, acronyms and aliases contain $text (every
// match: ranking and the page are cut by the caller, as a resolver must rank all hits first).
MATCH (n:Entity)
WHERE n.searchText CONTAINS $text
RETURN n.id AS id, n.searchText AS text
