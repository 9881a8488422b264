// Kùzu: as connection/count, parameters bound to variables first (see kuzu/connection/page).
WITH {{BIND}}
{{MATCH}}
WHERE {{WHERE}}
RETURN count(n) AS total
