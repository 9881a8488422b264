/** Resolvers for paths, neighbourhoods and the timeline (registered in ../../schema.ts). */
export const GRAPH_RESOLVERS: Function[] = [];
