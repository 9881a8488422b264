// Any entity by id: every entity also carries :Entity, whose id constraint makes this an index seek.
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN n
