import { Loaders } from '../repo/loaders.js';
import type { GraphStore } from '../store/port.js';

/**
 * What every resolver gets: this request's loaders (src/repo/, the one layer that talks to
 * the store), its id for the log, and the store itself for the HTTP layer's plugins
 * (limits, budgets) only: nothing under src/graphql/ reads it.
 */
export interface Context {
  readonly store: GraphStore;
  readonly loaders: Loaders;
  readonly requestId: string;
}

export function createContext(store: GraphStore, requestId: string, timeoutMs?: number): Context {
  return { store, loaders: new Loaders(store, timeoutMs), requestId };
}
