import { graphql } from '../../../gql';

/** The operator's sites page: a new site with its zones of desks. */
export const CreateSiteMutation = graphql(`
  mutation CreateSite($input: CreateSiteInput!) {
    createSite(input: $input) { id name deskCount }
  }
`);
