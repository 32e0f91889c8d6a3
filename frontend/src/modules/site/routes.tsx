import type { ModuleRoute } from '../../app/modules';
import { lazyPage } from '../../app/lazy-page';

const FloorPlanPage = lazyPage(() => import('./pages/FloorPlanPage'), 'FloorPlanPage');

export const routes: ModuleRoute[] = [
  {
    path: '/site/floor-plan',
    element: <FloorPlanPage />,
    namespaces: ['kits'],
    roles: ['OPERATOR', 'STUDIO_MANAGER'],
    nav: { labelKey: 'nav.floorPlan', order: 50, section: 'site', icon: 'map' },
  },
];
