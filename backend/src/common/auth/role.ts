/**
 * The roles the guard checks (SPEC: the site operator, a studio's manager). Accounts
 * (modules/users) store one per user; the authorization vocabulary lives here so the guard
 * and the decorators need no domain module.
 */
export enum Role {
  OPERATOR = 'OPERATOR',
  STUDIO_MANAGER = 'STUDIO_MANAGER',
}
