// Every source id cited by an entity or a fact, in `sources` or `noteSources`.
MATCH (n)
WHERE label(n) <> 'Source'
UNWIND n.sources AS id
RETURN DISTINCT id
UNION
MATCH (n)
WHERE label(n) <> 'Source' AND n.noteSources IS NOT NULL
UNWIND n.noteSources AS id
RETURN DISTINCT id
UNION
MATCH ()-[r]->()
UNWIND r.sources AS id
RETURN DISTINCT id
UNION
MATCH ()-[r]->()
WHERE r.noteSources IS NOT NULL
UNWIND r.noteSources AS id
RETURN DISTINCT id
