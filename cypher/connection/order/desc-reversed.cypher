// The reverse of order/desc.
(n.{{PROP}} IS NULL) DESC, n.{{PROP}}, n.id DESC
