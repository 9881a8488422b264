// The reverse of order/asc (for last/before: read backwards, then turned round).
(n.{{PROP}} IS NULL) DESC, n.{{PROP}} DESC, n.id DESC
