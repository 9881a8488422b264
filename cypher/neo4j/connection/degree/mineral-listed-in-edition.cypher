// Neo4j: as connection/degree/mineral-listed-in-edition, read from the edition's degree (the
// store keeps it per type; no relationship is expanded). No row when no edition has the id.
MATCH (e:ListEdition)
WHERE e.id = $_edition
RETURN COUNT { (e)-[:LISTS]->() } AS total
