// CountryWhere.issuedList { edition, contains }: the economy issued that edition and it names the mineral directly.
EXISTS { MATCH (m:Mineral)<-[:LISTS]-(e:ListEdition)-[:ISSUED_BY]->(n) WHERE e.id = $_edition AND m.id = $_mineral }
