// By id.
n.id
