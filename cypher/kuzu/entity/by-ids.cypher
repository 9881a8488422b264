// Any entity by id: Kùzu matches an unlabelled node across all node tables.
MATCH (n)
WHERE n.id IN $ids
RETURN n
