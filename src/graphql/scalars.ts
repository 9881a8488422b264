import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isValidDate } from '../domain/dates.js';

/**
 * `Date`: an ISO 8601 date at the precision the source gives (`2023`, `2023-06`,
 * `2023-06-14`), so an unknown day or month is never invented.
 */
export const PartialDateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'An ISO 8601 date at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD.',
  serialize: (v) => String(v),
  parseValue: (v) => check(v),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw badDate(ast.kind);
    return check(ast.value);
  },
});

function check(v: unknown): string {
  if (typeof v !== 'string' || !isValidDate(v)) throw badDate(v);
  return v;
}

function badDate(v: unknown): GraphQLError {
  return new GraphQLError(`Date must be YYYY, YYYY-MM or YYYY-MM-DD; got ${JSON.stringify(v)}`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}
