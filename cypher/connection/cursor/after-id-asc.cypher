// After an id.
n.id > $_id
