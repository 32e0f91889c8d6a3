import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentName, generatedDocuments, inlineDocuments } from '../../build/graphql-documents';

const generated = generatedDocuments(readFileSync(join(import.meta.dirname, '../gql/graphql.ts'), 'utf8'));

describe('each graphql document compiled to a module of its own', () => {
  it('names the generated document of an operation or a fragment', () => {
    expect(documentName('\n  query Me { me { id } }')).toBe('MeDocument');
    expect(documentName('mutation Login($email: String!) { login }')).toBe('LoginDocument');
    expect(documentName('\n  # comment\n  fragment PaymentFields on Payment { id }')).toBe('PaymentFieldsFragmentDoc');
    expect(() => documentName('{ me { id } }')).toThrow(/no named operation/);
  });

  it('reads every document codegen generated, as JSON', () => {
    expect(generated.size).toBeGreaterThan(50);
    expect(JSON.parse(generated.get('MeDocument')!).kind).toBe('Document');
  });

  it('replaces each call (variables included) by an import of its own module and drops the lookup', () => {
    const source = "import { graphql } from '../gql';\n\nexport const A = graphql(`\n  query Me { me { id } }\n`);\nexport const B = graphql(`\n  mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }\n`);\n";
    const out = inlineDocuments(source, generated)!;
    expect(out).not.toMatch(/graphql\(|from '\.\.\/gql'/);
    expect(out).toContain('export const A = __gql_MeDocument;');
    expect(out).toContain('export const B = __gql_LoginDocument;');
    expect(out.match(/^import __gql_\w+ from "\\u0000flex-gql-document:\w+";$/gm)).toHaveLength(2);
  });

  it('leaves files without calls alone and refuses a name codegen did not generate', () => {
    expect(inlineDocuments('export const x = 1;', generated)).toBeNull();
    expect(() => inlineDocuments('graphql(`query NotGenerated { me { id } }`)', generated)).toThrow(/NotGeneratedDocument is not in the generated documents/);
  });
});
