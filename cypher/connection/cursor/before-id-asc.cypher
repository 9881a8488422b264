// Before an id.
n.id < $_id
