// Benchmark, for the peer (bench/peer.ts): the values our server finds per request and the peer's
// generated filters cannot ("latest" is no operator there), read once per graph and passed to the
// peer's requests as fixed values: $importer's latest reliance year and latest import-source period
// (what the design card's filter uses) and $mineral's latest production year (its producers).
MATCH (c:Country)-[r:RELIES_ON]->(:Mineral)
WHERE c.id = $importer
WITH max(r.year) AS relianceYear
MATCH (:Country)-[s:SUPPLIES]->(:Mineral)
WHERE s.importer = $importer
WITH relianceYear, max(s.period) AS sourcePeriod
MATCH (:Country)-[p:PRODUCES]->(m:Mineral)
WHERE m.id = $mineral
RETURN relianceYear, sourcePeriod, max(p.year) AS productionYear
