// Kùzu: as connection/count, parameters bound to variables first (see kuzu/connection/page).
WITH {{BIND}}
MATCH (n:{{Label}})
WHERE {{WHERE}}
RETURN count(n) AS total
