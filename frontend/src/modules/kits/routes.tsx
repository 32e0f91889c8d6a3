import type { ModuleRoute } from '../../app/modules';
import { KitPage } from './pages/KitPage';
import { KitsPage } from './pages/KitsPage';
import { MaintenancePage } from './pages/MaintenancePage';

export const routes: ModuleRoute[] = [
  {
    path: '/maintenance',
    element: <MaintenancePage />,
    roles: ['OPERATOR'],
    nav: { labelKey: 'nav.maintenance', order: 55, section: 'site', icon: 'wrench' },
  },
  {
    path: '/kits',
    element: <KitsPage />,
    roles: ['OPERATOR'],
    nav: { labelKey: 'nav.kits', order: 60, section: 'site', icon: 'monitor' },
  },
  { path: '/kits/:id', element: <KitPage />, roles: ['OPERATOR'] },
];
