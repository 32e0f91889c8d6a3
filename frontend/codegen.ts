import type { CodegenConfig } from '@graphql-codegen/cli';

// Types every operation from the committed schema: those written with graphql() in src/ (the UI's), and the
// tests' own in backend/test/operations/ and e2e/operations/ (*.graphql, what no UI document asks); all land in
// src/gql/, which backend/test/documents.ts and e2e/support/documents.ts re-export.
const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*', '../backend/test/operations/*.graphql', '../e2e/operations/*.graphql'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTime: 'string' },
        avoidOptionals: { field: true, inputValue: false },
        skipTypename: false,
      },
    },
  },
};

export default config;
