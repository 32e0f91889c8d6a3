import { getNamedType, GraphQLField, GraphQLNamedType, GraphQLSchema, isAbstractType, isLeafType, isNonNullType, isObjectType } from 'graphql';

/** A root field by its `Query.x` / `Mutation.x` name. */
export function rootField(schema: GraphQLSchema, name: string): GraphQLField<unknown, unknown> | undefined {
  const [root, field] = name.split('.');
  const type = root === 'Mutation' ? schema.getMutationType() : root === 'Query' ? schema.getQueryType() : undefined;
  return type?.getFields()[field];
}

/** Every Query and Mutation field, as `Query.x` / `Mutation.x`. */
export function rootOperations(schema: GraphQLSchema): string[] {
  return [schema.getQueryType(), schema.getMutationType()].flatMap((t) => (t ? Object.keys(t.getFields()).map((f) => `${t.name}.${f}`) : [])).sort();
}

/** Every `Type.field` an answer of these operations can lead to, at any depth (interfaces and unions through their members). */
export function reachableFields(schema: GraphQLSchema, operations: readonly string[]): { fields: string[]; types: string[] } {
  const fields = new Set<string>();
  const types = new Set<string>();
  const visit = (type: GraphQLNamedType) => {
    if (types.has(type.name)) return;
    types.add(type.name);
    if (isAbstractType(type)) return schema.getPossibleTypes(type).forEach(visit);
    if (!isObjectType(type)) return;
    for (const field of Object.values(type.getFields())) {
      fields.add(`${type.name}.${field.name}`);
      visit(getNamedType(field.type));
    }
  };
  for (const op of operations) {
    const field = rootField(schema, op);
    if (!field) throw new Error(`No operation ${op} in the schema`);
    visit(getNamedType(field.type));
  }
  return { fields: [...fields].sort(), types: [...types].sort() };
}

/** Fields left out of generated selections: each answers FORBIDDEN to some callers of an allowed operation, and has its own tests. */
const NOT_SELECTED = new Set(['Kit.tickets']);

/** Every field of the type down to `depth` levels of objects (fields taking arguments left out). */
export function selectionFor(type: GraphQLNamedType, depth: number): string {
  if (isAbstractType(type)) return '__typename';
  if (!isObjectType(type)) return '';
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((a) => isNonNullType(a.type)) || NOT_SELECTED.has(`${type.name}.${field.name}`)) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(field.name);
    else if (depth > 1) parts.push(`${field.name} { ${selectionFor(named, depth - 1)} }`);
  }
  return parts.length ? parts.join(' ') : '__typename';
}

/** A document calling one operation with these variables (declared with the schema's argument types) and a deep selection. */
export function operationDocument(schema: GraphQLSchema, name: string, variables: Record<string, unknown>, depth = 3): string {
  const field = rootField(schema, name)!;
  const given = field.args.filter((a) => variables[a.name] !== undefined);
  const declared = given.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const passed = given.map((a) => `${a.name}: $${a.name}`).join(', ');
  const named = getNamedType(field.type);
  const selection = isLeafType(named) ? '' : ` { ${selectionFor(named, depth)} }`;
  const [root, fieldName] = name.split('.');
  return `${root === 'Mutation' ? 'mutation' : 'query'}${declared ? `(${declared})` : ''} { ${fieldName}${passed ? `(${passed})` : ''}${selection} }`;
}
