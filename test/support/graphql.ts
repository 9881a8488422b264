import 'reflect-metadata';
import { graphql, type ExecutionResult } from 'graphql';
import { createContext } from '../../src/graphql/context.js';
import { getSchema } from '../../src/graphql/schema.js';
import type { GraphStore } from '../../src/store/port.js';

/** Runs an operation against a store in-process, with a fresh request context as the server makes. */
export async function execute(store: GraphStore, source: string, variableValues?: Record<string, unknown>): Promise<ExecutionResult> {
  return graphql({ schema: await getSchema(), source, variableValues, contextValue: createContext(store, 'test') });
}

/** Runs an operation and returns its data, failing on any error. */
export async function data<T = any>(store: GraphStore, source: string, variables?: Record<string, unknown>): Promise<T> {
  const r = await execute(store, source, variables);
  if (r.errors?.length) throw new Error(r.errors.map((e) => e.message).join('; '));
  return r.data as T;
}
