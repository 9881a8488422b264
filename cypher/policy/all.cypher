MATCH (n:Policy)
RETURN n
