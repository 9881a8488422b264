/** Resolvers for search, list comparisons and list positions (registered in ../../schema.ts). */
export const EXPLORE_RESOLVERS: Function[] = [];
