import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, GraphQLSchema, OperationDefinitionNode, parse, validate } from 'graphql';
import { projectRoot } from '../../src/config/project-root.js';
import { printedSchema } from '../../src/schema-print.js';

const schemaFile = join(projectRoot(), 'schema', 'schema.graphql');
// The API contract shared with the clients, kept beside the project.
const contractDir = join(projectRoot(), '..', 'shared', 'contract');

function contractOperations(): Array<{ file: string; op: OperationDefinitionNode }> {
  if (!existsSync(contractDir)) return [];
  return readdirSync(contractDir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .flatMap((file) =>
      parse(readFileSync(join(contractDir, file), 'utf8'))
        .definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')
        .map((op) => ({ file, op })),
    );
}

function rootFieldsExist(schema: GraphQLSchema, op: OperationDefinitionNode): boolean {
  const root = op.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  const fields = root?.getFields() ?? {};
  return op.selectionSet.selections.every((s) => s.kind !== 'Field' || s.name.value in fields);
}

describe('GraphQL schema', () => {
  it('is committed and up to date with the resolvers (run "npm run schema" when this fails)', async () => {
    expect(existsSync(schemaFile)).toBe(true);
    expect(readFileSync(schemaFile, 'utf8')).toBe(await printedSchema());
  });

  const operations = contractOperations();
  const schema = buildSchema(readFileSync(schemaFile, 'utf8'));
  const served = operations.filter(({ op }) => rootFieldsExist(schema, op));
  const notYet = operations.filter(({ op }) => !rootFieldsExist(schema, op));

  it('lists the contract operations not served yet', () => {
    if (notYet.length) {
      console.info(`Contract operations not served yet (${notYet.length}/${operations.length}): ${notYet.map(({ file, op }) => `${file}#${op.name?.value}`).join(', ')}`);
    }
    expect(served.length + notYet.length).toBe(operations.length);
  });

  it('finds the API contract beside the project', () => {
    expect(existsSync(contractDir)).toBe(true);
    expect(operations.length).toBeGreaterThan(0);
  });

  if (served.length) it.each(served.map(({ file, op }) => [`${file}#${op.name?.value}`, op] as const))('accepts the contract operation %s as written', (_name, op) => {
    const errors = validate(schema, { kind: 'Document' as never, definitions: [op] });
    expect(errors.map((e) => e.message)).toEqual([]);
  });
});
