// One page of a connection: the Policy nodes with these ids (a label's own lookup, not the
// unlabelled match across every table that entity/by-ids needs).
MATCH (n:Policy)
WHERE n.id IN $ids
RETURN n
