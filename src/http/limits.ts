import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { enforceLimits, measureOperation, type QueryLimits } from '../graphql/guardrails.js';

/**
 * Checks every operation against the limits once it is parsed, validated and
 * resolved, before it runs (variables are known by then, so `first: $n` weighs
 * what it asks for). The operations of one batched HTTP request share one cost
 * budget, so batching cannot multiply it: Apollo gives each operation of a batch
 * a shallow copy of the request's context, so the budget is keyed by an object
 * the copies share (`requestKey`).
 */
export function limitsPlugin<C extends object>(limits: QueryLimits, requestKey: (ctx: C) => object): ApolloServerPlugin<C> {
  const spent = new WeakMap<object, number>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return;
          // graphql-js validates a mutation against a schema without mutations and only fails as it executes.
          const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
          if (!root) {
            throw new GraphQLError(`This API answers queries only: it has no ${operation.operation} type.`, {
              extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
            });
          }
          const measures = measureOperation(schema, document, operation, request.variables ?? {}, limits.defaultListSize);
          const key = requestKey(contextValue);
          const before = spent.get(key) ?? 0;
          enforceLimits(measures, limits, before);
          spent.set(key, before + measures.cost);
        },
      };
    },
  };
}
