// Neo4j: as connection/degree/edition-contains, read from the mineral's degree.
MATCH (m:Mineral)
WHERE m.id = $_mineral
RETURN COUNT { (m)<-[:LISTS]-() } AS total
