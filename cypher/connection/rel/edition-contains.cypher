// ListEditionWhere.contains: the edition names the mineral directly.
EXISTS { MATCH (n)-[:LISTS]->(m:Mineral) WHERE m.id = $_mineral }
