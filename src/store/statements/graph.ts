/** Statements behind paths, neighborhood and timeline. */
export const GRAPH_STATEMENTS = {} as const;
