MATCH (n:ListEdition)
RETURN n
