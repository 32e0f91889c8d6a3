import type { ModuleRoute } from '../../app/modules';
import { lazyPage } from '../../app/lazy-page';

const FloorPlanPage = lazyPage(() => import('./pages/FloorPlanPage'), 'FloorPlanPage');
const SitesPage = lazyPage(() => import('./pages/SitesPage'), 'SitesPage');

export const routes: ModuleRoute[] = [
  {
    path: '/site/floor-plan',
    sites: 'one',
    element: <FloorPlanPage />,
    namespaces: ['kits'],
    roles: ['OPERATOR', 'SITE_OPERATOR', 'STUDIO_MANAGER'],
    nav: { labelKey: 'nav.floorPlan', order: 50, section: 'site', icon: 'map' },
  },
  {
    path: '/sites',
    element: <SitesPage />,
    roles: ['OPERATOR'],
    nav: { labelKey: 'nav.sites', order: 12, section: 'admin', icon: 'building' },
  },
];
