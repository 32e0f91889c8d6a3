import { graphql } from '../gql';

export const MeQuery = graphql(`
  query Me {
    me { id email fullName role studio { id name } }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      user { id email fullName role studio { id name } }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const SitesQuery = graphql(`
  query Sites {
    sites { id name address timezone areaSqm openWeekdays deskCount zones { name desks } }
  }
`);
