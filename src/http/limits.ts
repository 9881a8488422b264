import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { enforceLimits, measureOperation, type QueryLimits } from '../graphql/guardrails.js';
import { rateLimitHeaders, type BudgetState, type CostBudget } from './rate-limit.js';

/**
 * Checks every operation against the limits once it is parsed, validated and
 * resolved, before it runs (variables are known by then, so `first: $n` weighs
 * what it asks for). The operations of one batched HTTP request share one cost
 * budget, so batching cannot multiply it: Apollo gives each operation of a batch
 * a shallow copy of the request's context, so the budget is keyed by an object
 * the copies share (`requestKey`).
 */
export function limitsPlugin<C extends object>(
  limits: QueryLimits,
  requestKey: (ctx: C) => object,
  rateLimit?: { budget: CostBudget; clientOf: (ctx: C) => string },
): ApolloServerPlugin<C> {
  const spent = new WeakMap<object, number>();
  return {
    async requestDidStart() {
      let budgetState: (BudgetState & { cost: number }) | undefined;
      return {
        async willSendResponse({ response, contextValue }) {
          // The budget as it stands after this request, on every reply that was weighed.
          const s = budgetState ?? (rateLimit ? { ...rateLimit.budget.peek(rateLimit.clientOf(contextValue)), cost: 0 } : undefined);
          if (!s) return;
          for (const [k, v] of Object.entries(rateLimitHeaders(s))) response.http.headers.set(k, v);
          if (response.body.kind === 'single') {
            response.body.singleResult.extensions = {
              ...response.body.singleResult.extensions,
              rateLimit: { limit: s.limit, cost: s.cost, remaining: s.remaining, resetAt: new Date(s.resetAt).toISOString() },
            };
          }
        },
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
          if (rateLimit) {
            const taken = rateLimit.budget.take(rateLimit.clientOf(contextValue), measures.cost);
            budgetState = { ...taken, cost: taken.allowed ? measures.cost : 0 };
            if (!taken.allowed) {
              const retryAfterSeconds = Math.max(1, Math.ceil((taken.resetAt - Date.now()) / 1000));
              throw new GraphQLError(
                `This request costs ${measures.cost} points and this client has ${taken.remaining} of ${taken.limit} left until ` +
                  `${new Date(taken.resetAt).toISOString()}: wait for the reset, or ask for less (smaller first/limit, fewer nested lists).`,
                {
                  extensions: {
                    code: 'RATE_LIMITED', limit: 'budget', max: taken.limit, found: measures.cost, remaining: taken.remaining,
                    resetAt: new Date(taken.resetAt).toISOString(), retryAfterSeconds,
                    http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
                  },
                },
              );
            }
          }
        },
      };
    },
  };
}
