// Empties the graph (nodes and their relationships); the schema stays. Tests reset the one
// Neo4j Community database with it before seeding, so no suite sees what another left.
MATCH (n)
DETACH DELETE n
