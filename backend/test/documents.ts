/**
 * The operations, typed once by graphql-codegen into TypedDocumentNodes: the front end's documents
 * (frontend/src/modules/<module>/graphql) and the tests' own (./operations/*.graphql, for what no UI document
 * asks). Integration tests send only these through `gql`, so a test calls what the UI calls and reads typed
 * data; `npm run codegen -w frontend` (run by the build and by `pretest`) writes them.
 */
export * from '../../frontend/src/gql/graphql.js';
