// One page of a connection: the Alliance nodes with these ids (a label's own lookup, not the
// unlabelled match across every table that entity/by-ids needs).
MATCH (n:Alliance)
WHERE n.id IN $ids
RETURN n
