/** One row of seed input, before validation: where it came from and its raw cells. */
export interface SeedRow {
  /** Path relative to seeds/, e.g. `listings.csv` or `usgs/mcs2025/MCS2025_Fig2_Net_Import_Reliance.csv`. */
  file: string;
  /** 1-based data row in that file (the header is row 0). */
  row: number;
  /** Cells keyed by the column names of seeds/README.md. Empty cells are ''. */
  values: Record<string, string>;
}

/** Seed rows grouped by kind (the file prefix of seeds/README.md: `minerals`, `import_reliance`, ...). */
export type SeedRows = Record<string, SeedRow[]>;
