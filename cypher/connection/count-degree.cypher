// A connection's totalCount when its whole `where` is one relationship filter whose matches are
// the relationships of the node it names by id: {{DEGREE}} (a cypher/connection/degree/ file)
// counts them without a DISTINCT over every match (on Neo4j, from the node's degree).
{{DEGREE}}
