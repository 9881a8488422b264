/** Statements behind search, listDiff, comparisons, paths, neighborhood and timeline. */
export const EXPLORE_STATEMENTS = {} as const;
