import type { ModuleRoute } from '../../app/modules';
import { lazyPage } from '../../app/lazy-page';

const KitPage = lazyPage(() => import('./pages/KitPage'), 'KitPage');
const KitsPage = lazyPage(() => import('./pages/KitsPage'), 'KitsPage');
const MaintenancePage = lazyPage(() => import('./pages/MaintenancePage'), 'MaintenancePage');

export const routes: ModuleRoute[] = [
  {
    path: '/maintenance',
    sites: 'many',
    element: <MaintenancePage />,
    roles: ['OPERATOR', 'SITE_OPERATOR'],
    nav: { labelKey: 'nav.maintenance', order: 55, section: 'site', icon: 'wrench' },
  },
  {
    path: '/kits',
    sites: 'many',
    element: <KitsPage />,
    roles: ['OPERATOR', 'SITE_OPERATOR'],
    nav: { labelKey: 'nav.kits', order: 60, section: 'site', icon: 'monitor' },
  },
  { path: '/kits/:id', element: <KitPage />, roles: ['OPERATOR', 'SITE_OPERATOR'] },
];
