import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { StoreQueryError, StoreResourceError, StoreTimeoutError, StoreUnavailableError } from '../store/errors.js';
import { ErrorCode } from '../graphql/errors.js';
import { QUERY_TOO_COMPLEX, tooManyTokens } from '../graphql/guardrails.js';

const TOKEN_LIMIT = /Document contains more th\w+ (\d+) tokens/;

/** Codes whose messages were written for clients and may be shown as they are. */
const CLIENT_CODES = new Set([
  ErrorCode.BadUserInput,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  QUERY_TOO_COMPLEX,
  'RATE_LIMITED',
  'PERSISTED_QUERY_NOT_ALLOWED',
  'PAYLOAD_TOO_LARGE',
]);

/**
 * Every error a client sees has a stable `extensions.code`; an outage or a deadline
 * says so; anything else is masked: no stack, Cypher or driver message leaves the
 * server (the log keeps it, under the request id the client also gets).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { locations: formatted.locations, path: formatted.path };
  if (original instanceof StoreUnavailableError) {
    return { ...base, message: 'The graph store is unavailable; try again shortly.', extensions: { code: ErrorCode.ServiceUnavailable } };
  }
  if (original instanceof StoreTimeoutError) {
    return { ...base, message: 'The request ran past its deadline.', extensions: { code: ErrorCode.Timeout } };
  }
  if (original instanceof StoreResourceError) {
    return {
      ...base,
      message: 'The request needs more memory than the graph store may use; narrow it (fewer hops, a smaller depth or page).',
      extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'storeMemory' },
    };
  }
  const code = formatted.extensions?.code;
  // graphql-js's own token limit (parseOptions.maxTokens) fails parsing with this message.
  const tokens = code === 'GRAPHQL_PARSE_FAILED' ? TOKEN_LIMIT.exec(formatted.message) : null;
  if (tokens) {
    const max = Number(tokens[1]);
    return { message: tooManyTokens(max).message, extensions: { code: QUERY_TOO_COMPLEX, limit: 'tokens', max } };
  }
  if (typeof code === 'string' && CLIENT_CODES.has(code) && !(original instanceof StoreQueryError)) {
    const { stacktrace: _drop, exception: _drop2, ...ext } = formatted.extensions ?? {};
    return { ...formatted, extensions: { ...ext, code } };
  }
  // A GraphQLError that came from graphql-js itself (for example a non-null field
  // that resolved to null) keeps its message only when it names no internals.
  if (original instanceof GraphQLError && !original.originalError && typeof code !== 'string') {
    return { ...base, message: formatted.message, extensions: { code: ErrorCode.Internal } };
  }
  return { ...base, message: 'Internal server error', extensions: { code: ErrorCode.Internal } };
}

/** A response body for errors raised before GraphQL runs (bad JSON, too large). */
export function httpErrorBody(message: string, code: string, requestId: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ errors: [{ message, extensions: { code, ...extra, requestId } }] });
}
