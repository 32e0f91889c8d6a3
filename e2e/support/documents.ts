/**
 * The operations, typed once: the front end's documents and the tests' own (../operations/*.graphql, shared
 * with backend/test/operations/*.graphql) turned by graphql-codegen into TypedDocumentNodes (written by
 * `npm run codegen -w frontend`, which the build runs). Suites arrange data with the very operations the UI sends.
 */
export * from '../../frontend/src/gql/graphql';
