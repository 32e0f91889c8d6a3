/**
 * The product's operations, typed once: the front end's documents turned by graphql-codegen into
 * TypedDocumentNodes (written by `npm run codegen -w frontend`, which the build runs). Suites
 * arrange data with the very operations the UI sends.
 */
export * from '../../frontend/src/gql/graphql';
