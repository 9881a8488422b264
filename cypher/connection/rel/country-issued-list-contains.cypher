// CountryWhere.issuedList { contains }: an edition the economy issued names the mineral directly.
EXISTS { MATCH (m:Mineral)<-[:LISTS]-(e:ListEdition)-[:ISSUED_BY]->(n) WHERE m.id = $_mineral }
