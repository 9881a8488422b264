// The benchmark starts its Neo4j through the launcher module the tests use too.
export { localNeo4jUnavailable, startLocalNeo4j, stopLocalNeo4js, type LocalNeo4j } from '../tools/neo4j/launch.js';
