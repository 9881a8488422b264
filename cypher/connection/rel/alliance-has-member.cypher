// AllianceWhere.hasMember: the country is or was a member.
EXISTS { MATCH (c:Country)-[:MEMBER_OF]->(n) WHERE c.id = $_country }
