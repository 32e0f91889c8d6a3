import type { ModuleRoute } from '../../app/modules';
import { JobsPage } from './pages/JobsPage';

export const routes: ModuleRoute[] = [
  {
    path: '/jobs',
    element: <JobsPage />,
    roles: ['OPERATOR'],
    nav: { labelKey: 'nav.jobs', order: 85, section: 'admin', icon: 'clock' },
  },
];
