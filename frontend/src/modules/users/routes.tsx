import type { ModuleRoute } from '../../app/modules';
import { lazyPage } from '../../app/lazy-page';

const AccountLinkPage = lazyPage(() => import('./pages/AccountLinkPage'), 'AccountLinkPage');
const ChangePasswordPage = lazyPage(() => import('./pages/ChangePasswordPage'), 'ChangePasswordPage');
const UsersPage = lazyPage(() => import('./pages/UsersPage'), 'UsersPage');

export const routes: ModuleRoute[] = [
  {
    path: '/users',
    element: <UsersPage />,
    roles: ['OPERATOR'],
    nav: { labelKey: 'nav.users', order: 70, section: 'admin', icon: 'user' },
  },
  // Both roles, from the account menu.
  { path: '/account/password', element: <ChangePasswordPage />, roles: ['OPERATOR', 'SITE_OPERATOR', 'STUDIO_MANAGER'] },
  // The links of the e-mails: their holder has no password (yet), so no session.
  { path: '/invitation/:token', element: <AccountLinkPage purpose="INVITATION" />, layout: 'bare', public: true },
  { path: '/reset/:token', element: <AccountLinkPage purpose="PASSWORD_RESET" />, layout: 'bare', public: true },
];
