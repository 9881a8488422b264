// MineralWhere.producedBy with minShare: as mineral-produced-by, with the country's share of world production at least minShare.
EXISTS { MATCH (c:Country)-[r:PRODUCES]->(n) WHERE c.id = $_country AND r.year = $_year AND (r.amount > 0 OR r.sharePercent > 0 OR (r.amount IS NULL AND r.text <> 'NA' AND r.text <> '0')) AND r.sharePercent >= $_minShare AND (r.latest IS NULL OR r.latest = true) }
