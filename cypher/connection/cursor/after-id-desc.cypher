// After an id, descending.
n.id < $_id
