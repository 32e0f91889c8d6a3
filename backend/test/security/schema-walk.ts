import { getNamedType, GraphQLField, GraphQLNamedType, GraphQLSchema, isAbstractType, isObjectType } from 'graphql';

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
