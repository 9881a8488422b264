MATCH (n:Alliance)
RETURN n
