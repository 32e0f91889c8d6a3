/**
 * The roles the guard checks (SPEC: the site operator, a studio's manager). Accounts
 * (modules/users) store one per user; the authorization vocabulary lives here so the guard
 * and the decorators need no domain module.
 */
export enum Role {
  /** The network operator: every site, and what is network-wide (sites, users, studios, contracts). */
  OPERATOR = 'OPERATOR',
  /** Runs one or more sites (user_site): their board, kits, tickets, check-ins, reports; nothing of other sites. */
  SITE_OPERATOR = 'SITE_OPERATOR',
  STUDIO_MANAGER = 'STUDIO_MANAGER',
}
