import type { ModuleRoute } from '../../app/modules';
import { lazyPage } from '../../app/lazy-page';

const JobsPage = lazyPage(() => import('./pages/JobsPage'), 'JobsPage');

export const routes: ModuleRoute[] = [
  {
    path: '/jobs',
    element: <JobsPage />,
    roles: ['OPERATOR'],
    nav: { labelKey: 'nav.jobs', order: 85, section: 'admin', icon: 'clock' },
  },
];
