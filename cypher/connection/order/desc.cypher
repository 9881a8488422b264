// Descending by a property, unknown last, ties by id.
(n.{{PROP}} IS NULL), n.{{PROP}} DESC, n.id
