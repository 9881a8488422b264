// One relationship by its global id's parts (src/graphql/types/relationship-id.ts): its type comes
// from the model's allow-list as {{TYPE}}; the ends' ids and its key are parameters.
MATCH (a:Entity {id: $from})-[r:{{TYPE}} {key: $key}]->(b:Entity {id: $to})
RETURN r, a.id AS fromId, b.id AS toId
LIMIT 1
