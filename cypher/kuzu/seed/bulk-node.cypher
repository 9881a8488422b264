// Bulk import (Kùzu): COPY FROM a CSV file the adapter wrote from $rows (every field as text,
// see src/store/kuzu-csv.ts), decoded to the model's types by {{COPY_DECODE}}. COPY appends
// to the table; a duplicate id fails it, and the transaction with it.
COPY {{Label}} ({{COPY_COLUMNS}}) FROM (
  LOAD WITH HEADERS ({{COPY_HEADERS}}) FROM {{FILE}} ({{CSV_OPTIONS}})
  RETURN {{COPY_DECODE}}
)
