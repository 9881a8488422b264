// After a cursor whose key is unknown (either direction): unknown keys, by id.
(n.{{PROP}} IS NULL AND n.id > $_id)
