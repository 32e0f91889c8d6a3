import type { ModuleRoute } from '../../app/modules';
import { lazyPage } from '../../app/lazy-page';

const BookingPage = lazyPage(() => import('./pages/BookingPage'), 'BookingPage');
const BookingsPage = lazyPage(() => import('./pages/BookingsPage'), 'BookingsPage');
const CalendarPage = lazyPage(() => import('./pages/CalendarPage'), 'CalendarPage');
const MyStudioPage = lazyPage(() => import('./pages/MyStudioPage'), 'MyStudioPage');
const StudioPage = lazyPage(() => import('./pages/StudioPage'), 'StudioPage');
const StudiosPage = lazyPage(() => import('./pages/StudiosPage'), 'StudiosPage');

export const routes: ModuleRoute[] = [
  {
    path: '/calendar',
    sites: 'one',
    element: <CalendarPage />,
    namespaces: ['co2'],
    roles: ['OPERATOR', 'SITE_OPERATOR', 'STUDIO_MANAGER'],
    nav: { labelKey: 'nav.calendar', order: 10, section: 'planning', icon: 'calendar' },
  },
  {
    path: '/bookings',
    sites: 'many',
    element: <BookingsPage />,
    namespaces: ['reports', 'invoicing'],
    roles: ['OPERATOR', 'SITE_OPERATOR', 'STUDIO_MANAGER'],
    nav: { labelKey: 'nav.bookings', order: 12, section: 'planning', icon: 'clipboard' },
  },
  { path: '/bookings/:id', element: <BookingPage />, roles: ['OPERATOR', 'SITE_OPERATOR', 'STUDIO_MANAGER'] },
  {
    path: '/studios',
    element: <StudiosPage />,
    namespaces: ['calendar-feed'],
    roles: ['OPERATOR'],
    nav: { labelKey: 'nav.studios', order: 10, section: 'admin', icon: 'building' },
  },
  { path: '/studios/:id', element: <StudioPage />, roles: ['OPERATOR'], namespaces: ['calendar-feed'] },
  {
    path: '/studio',
    element: <MyStudioPage />,
    namespaces: ['calendar-feed'],
    roles: ['STUDIO_MANAGER'],
    nav: { labelKey: 'nav.myStudio', order: 10, section: 'admin', icon: 'building' },
  },
];
