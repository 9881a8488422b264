// Every ListEdition id and nothing else: the universe a NOT (or an id filter) is taken from when
// the rest of a `where` is decided from relationship-filter id sets (src/graphql/filters/engine.ts).
MATCH (n:ListEdition)
RETURN n.id AS id
