MATCH (n:Country)
RETURN n
