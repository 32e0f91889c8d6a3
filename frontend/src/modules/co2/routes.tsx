import type { ModuleRoute } from '../../app/modules';
import { lazyPage } from '../../app/lazy-page';

const Co2ReportPage = lazyPage(() => import('./pages/Co2ReportPage'), 'Co2ReportPage');
const Co2SettingsPage = lazyPage(() => import('./pages/Co2SettingsPage'), 'Co2SettingsPage');
const Co2StatementsPage = lazyPage(() => import('./pages/Co2StatementsPage'), 'Co2StatementsPage');
const Co2SimulatorPage = lazyPage(() => import('./pages/Co2SimulatorPage'), 'Co2SimulatorPage');

export const routes: ModuleRoute[] = [
  {
    path: '/co2',
    sites: 'many',
    element: <Co2ReportPage />,
    roles: ['OPERATOR', 'SITE_OPERATOR', 'STUDIO_MANAGER'],
    nav: { labelKey: 'nav.report', order: 90, section: 'finance', icon: 'leaf' },
  },
  {
    path: '/co2/statements',
    element: <Co2StatementsPage />,
    namespaces: ['invoicing'],
    roles: ['OPERATOR', 'STUDIO_MANAGER'],
    nav: { labelKey: 'nav.statements', order: 91, section: 'finance', icon: 'leaf' },
  },
  { path: '/co2/simulator', element: <Co2SimulatorPage />, roles: ['OPERATOR', 'STUDIO_MANAGER'] },
  { path: '/co2/settings', element: <Co2SettingsPage />, roles: ['OPERATOR'] },
];
