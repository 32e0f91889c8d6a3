/**
 * The product's operations, typed once: the front end's documents (frontend/src/modules/<module>/graphql),
 * turned by graphql-codegen into TypedDocumentNodes. Integration tests send these, so a test calls what the
 * UI calls and reads typed data; `npm run codegen -w frontend` (run by the build and by `pretest`) writes them.
 */
export * from '../../frontend/src/gql/graphql.js';
