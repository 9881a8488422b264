/** Statements behind search, listDiff, list comparisons and list positions. */
export const EXPLORE_STATEMENTS = {} as const;
