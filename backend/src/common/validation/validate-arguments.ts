import { defaultFieldResolver, GraphQLArgument, GraphQLInputType, GraphQLSchema, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType } from 'graphql';
import { badInput } from '../errors/domain-error.js';
import { idProblem, listProblem, MAX_LENGTH_BY_ARGUMENT, stringProblem } from './input-rules.js';

type Path = Array<string | number>;

/** The argument as the validation pipe names it: the argument itself, or the path inside its input object. */
const fieldName = (path: Path) => (path.length > 1 ? path.slice(1).join('.') : String(path[0]));

function refuse(path: Path, problem: string): never {
  const field = fieldName(path);
  throw badInput(field, `${field} ${problem}`);
}

/** Checks a coerced value by its GraphQL type: ids, strings, lists and input objects, recursively. */
function check(value: unknown, type: GraphQLInputType, path: Path): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return check(value, type.ofType, path);
  if (isListType(type)) {
    const items = value as unknown[];
    const problem = listProblem(items.length);
    if (problem) refuse(path, problem);
    items.forEach((item, i) => check(item, type.ofType, [...path, i]));
    return;
  }
  if (isInputObjectType(type)) {
    const fields = type.getFields();
    for (const [name, v] of Object.entries(value as Record<string, unknown>)) if (fields[name]) check(v, fields[name].type, [...path, name]);
    return;
  }
  if (!isScalarType(type) || typeof value !== 'string') return;
  const problem = type.name === 'ID' ? idProblem(value) : type.name === 'String' ? stringProblem(value, MAX_LENGTH_BY_ARGUMENT[String(path[path.length - 1])]) : null;
  if (problem) refuse(path, problem);
}

function checkArguments(definitions: readonly GraphQLArgument[], args: Record<string, unknown>): void {
  for (const definition of definitions) check(args[definition.name], definition.type, [definition.name]);
}

/**
 * The one gate every argument of every operation passes before its resolver runs (a schema
 * transform, so no resolver can forget it): a malformed id, a NUL character, a lone
 * surrogate, an over-long string or list answers BAD_USER_INPUT naming the argument, and
 * nothing runs — no query reaches the database with it.
 */
export function validateArgumentsAtTheEdge(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.length) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      const definitions = field.args;
      field.resolve = (source, args, context, info) => {
        checkArguments(definitions, args);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
