// One entity of one label by id ({{Label}} from the model): equality, so Kùzu seeks its primary
// key (an IN list, or a node of no label, makes it scan: 0.4 ms against 5 and 14 ms at 100x).
MATCH (n:{{Label}})
WHERE n.id = $id
RETURN n
