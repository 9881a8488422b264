// PolicyWhere.names: the policy names the mineral (a NAMES link).
EXISTS { MATCH (n)-[:NAMES]->(m:Mineral) WHERE m.id = $_mineral }
