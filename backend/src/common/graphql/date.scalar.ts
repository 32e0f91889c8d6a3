import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { FIRST_DATE, isLocalDate, isSupportedDate, LAST_DATE, LocalDate } from '../time/dates.js';

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

function written(value: unknown): LocalDate {
  if (!isLocalDate(value)) {
    throw new GraphQLError(`Date must be a calendar date written YYYY-MM-DD (got ${JSON.stringify(value)})`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/** Input: a written date inside the supported calendar. */
function parse(value: unknown): LocalDate {
  const date = written(value);
  if (!isSupportedDate(date)) {
    throw new GraphQLError(`Date must be between ${FIRST_DATE} and ${LAST_DATE} (got ${date})`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return date;
}

/** `Date`: a calendar day, 'YYYY-MM-DD', no time, no timezone. */
export const DateScalar = new GraphQLScalarType<LocalDate, string>({
  name: 'Date',
  description: `A calendar date, YYYY-MM-DD (days are Europe/Paris days), from ${FIRST_DATE} to ${LAST_DATE}.`,
  // Outgoing dates come from the database as 'YYYY-MM-DD' text: checked by shape only, not re-parsed.
  serialize: (value) => {
    if (typeof value === 'string' && DATE_SHAPE.test(value)) return value;
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return written(value);
  },
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('Date must be a string written YYYY-MM-DD', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return parse(ast.value);
  },
});
