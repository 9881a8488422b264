/** Resolvers for search, list comparisons and list positions (registered in ../../schema.ts). */
import { MineralListPositionsResolver } from './list-positions.resolver.js';
import { ListComparisonResolver, ListsResolver } from './lists.resolver.js';
import { SearchResolver } from './search.resolver.js';

export const EXPLORE_RESOLVERS: Function[] = [SearchResolver, ListsResolver, ListComparisonResolver, MineralListPositionsResolver];
