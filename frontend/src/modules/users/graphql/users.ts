import { graphql } from '../../../gql';

export const UsersQuery = graphql(`
  query Users {
    users { id email fullName role status createdAt studio { id name } }
  }
`);

export const UserStudiosQuery = graphql(`
  query UserStudios {
    studios { id name }
  }
`);

export const InviteUserMutation = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) { id email fullName role status createdAt studio { id name } }
  }
`);

export const DisableUserMutation = graphql(`
  mutation DisableUser($userId: ID!) {
    disableUser(userId: $userId) { id status }
  }
`);

export const EnableUserMutation = graphql(`
  mutation EnableUser($userId: ID!) {
    enableUser(userId: $userId) { id status }
  }
`);

export const SendPasswordResetMutation = graphql(`
  mutation SendPasswordReset($userId: ID!) {
    sendPasswordReset(userId: $userId)
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

export const AccountLinkQuery = graphql(`
  query AccountLink($token: String!) {
    accountLink(token: $token) { purpose email fullName expiresAt }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($token: String!, $password: String!) {
    acceptInvitation(token: $token, password: $password)
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password)
  }
`);
