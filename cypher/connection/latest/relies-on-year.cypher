// The latest year an importer has any reliance figure for: read before an importReliance fragment without a year.
MATCH (i:Country)-[x:RELIES_ON]->(:Mineral) WHERE i.id = $importer RETURN max(x.year) AS latest
