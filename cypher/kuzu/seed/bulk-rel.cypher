// Bulk import (Kùzu): COPY FROM a CSV file of facts of one type between two labels (ends by id
// first). Kùzu fails the COPY when an end is not found ("Unable to find primary key value").
COPY {{TYPE}} ({{COPY_COLUMNS}}) FROM (
  LOAD WITH HEADERS (c_from STRING, c_to STRING, {{COPY_HEADERS}}) FROM {{FILE}} ({{CSV_OPTIONS}})
  RETURN c_from, c_to, {{COPY_DECODE}}
) (from = '{{From}}', to = '{{To}}')
