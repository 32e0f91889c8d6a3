import type { ModuleRoute } from '../../app/modules';
import { lazyPage } from '../../app/lazy-page';

const AssignmentsPage = lazyPage(() => import('./pages/AssignmentsPage'), 'AssignmentsPage');
const BoardPage = lazyPage(() => import('./pages/BoardPage'), 'BoardPage');
const CrewPage = lazyPage(() => import('./pages/CrewPage'), 'CrewPage');
const KioskPage = lazyPage(() => import('./pages/KioskPage'), 'KioskPage');
const OccupancyPage = lazyPage(() => import('./pages/OccupancyPage'), 'OccupancyPage');
const OutboxPage = lazyPage(() => import('./pages/OutboxPage'), 'OutboxPage');
const PassLinkPage = lazyPage(() => import('./pages/PassLinkPage'), 'PassLinkPage');
const PassPage = lazyPage(() => import('./pages/PassPage'), 'PassPage');

export const routes: ModuleRoute[] = [
  {
    path: '/crew',
    element: <CrewPage />,
    roles: ['OPERATOR', 'STUDIO_MANAGER'],
    nav: { labelKey: 'nav.crew', order: 30, section: 'planning', icon: 'users' },
  },
  {
    path: '/assignments',
    element: <AssignmentsPage />,
    roles: ['OPERATOR', 'STUDIO_MANAGER'],
    nav: { labelKey: 'nav.assignments', order: 32, section: 'planning', icon: 'key' },
  },
  { path: '/assignments/:id/pass', element: <PassPage />, roles: ['OPERATOR', 'STUDIO_MANAGER'] },
  {
    path: '/board',
    sites: 'one',
    element: <BoardPage />,
    roles: ['OPERATOR', 'SITE_OPERATOR'],
    nav: { labelKey: 'nav.board', order: 20, section: 'site', icon: 'door' },
  },
  {
    path: '/occupancy',
    sites: 'many',
    element: <OccupancyPage />,
    roles: ['OPERATOR', 'SITE_OPERATOR', 'STUDIO_MANAGER'],
    nav: { labelKey: 'nav.occupancy', order: 60, section: 'site', icon: 'chart' },
  },
  {
    path: '/outbox',
    element: <OutboxPage />,
    roles: ['OPERATOR'],
    nav: { labelKey: 'nav.outbox', order: 80, section: 'admin', icon: 'mail' },
  },
  // The door kiosk has no account: verifyAccess / checkIn / checkOut are public and rate-limited.
  { path: '/kiosk', element: <KioskPage />, layout: 'bare', public: true },
  // The crew member's pass, from the link in their e-mail: no account; the token opens that one pass while it is valid.
  { path: '/pass/:token', element: <PassLinkPage />, layout: 'bare', public: true },
];
