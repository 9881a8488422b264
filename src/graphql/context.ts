import { Loaders } from '../repo/loaders.js';
import type { GraphStore } from '../store/port.js';

/** What every resolver gets: the store, this request's loaders, and its id for the log. */
export interface Context {
  readonly store: GraphStore;
  readonly loaders: Loaders;
  readonly requestId: string;
}

export function createContext(store: GraphStore, requestId: string, timeoutMs?: number): Context {
  return { store, loaders: new Loaders(store, timeoutMs), requestId };
}
