import { NeighborhoodResolver } from './neighborhood.resolver.js';
import { PathsResolver } from './paths.resolver.js';
import { TimelineResolver } from './timeline.resolver.js';

/** Resolvers for paths, neighbourhoods and the timeline (registered in ../../schema.ts). */
export const GRAPH_RESOLVERS: Function[] = [PathsResolver, NeighborhoodResolver, TimelineResolver];
