MATCH (n:Mineral)
RETURN n
