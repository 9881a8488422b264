// Seed sync: removes nodes of one label that seeds/ no longer holds, with their relationships.
UNWIND $ids AS id
MATCH (n:{{Label}} {id: id})
DETACH DELETE n
