// By id, descending.
n.id DESC
