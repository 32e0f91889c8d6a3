import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isLocalDate, LocalDate } from '../time/dates.js';

function parse(value: unknown): LocalDate {
  if (!isLocalDate(value)) {
    throw new GraphQLError(`Date must be a calendar date written YYYY-MM-DD (got ${JSON.stringify(value)})`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/** `Date`: a calendar day, 'YYYY-MM-DD', no time, no timezone. */
export const DateScalar = new GraphQLScalarType<LocalDate, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD (days are Europe/Paris days).',
  serialize: (value) => {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return parse(value);
  },
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('Date must be a string written YYYY-MM-DD', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return parse(ast.value);
  },
});
