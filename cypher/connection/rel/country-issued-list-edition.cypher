// CountryWhere.issuedList { edition }: the economy issued that edition.
EXISTS { MATCH (e:ListEdition)-[:ISSUED_BY]->(n) WHERE e.id = $_edition }
