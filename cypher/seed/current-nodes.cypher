// Seed sync: every node of one label as the database holds it, to compare with seeds/.
MATCH (n:{{Label}})
RETURN n
