// CountryWhere.issuedList {}: the economy issued a list edition.
EXISTS { MATCH (:ListEdition)-[:ISSUED_BY]->(n) }
