/** Statements behind the connections' `where` filters and ordering (src/graphql/filters/). */
export const QUERY_STATEMENTS = {} as const;
