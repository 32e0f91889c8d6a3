import type { ModuleRoute } from '../../app/modules';
import { Co2ReportPage } from './pages/Co2ReportPage';
import { Co2SettingsPage } from './pages/Co2SettingsPage';
import { Co2StatementsPage } from './pages/Co2StatementsPage';
import { Co2SimulatorPage } from './pages/Co2SimulatorPage';

export const routes: ModuleRoute[] = [
  {
    path: '/co2',
    element: <Co2ReportPage />,
    roles: ['OPERATOR', 'STUDIO_MANAGER'],
    nav: { labelKey: 'nav.report', order: 90, section: 'finance', icon: 'leaf' },
  },
  {
    path: '/co2/statements',
    element: <Co2StatementsPage />,
    roles: ['OPERATOR', 'STUDIO_MANAGER'],
    nav: { labelKey: 'nav.statements', order: 91, section: 'finance', icon: 'leaf' },
  },
  { path: '/co2/simulator', element: <Co2SimulatorPage />, roles: ['OPERATOR', 'STUDIO_MANAGER'] },
  { path: '/co2/settings', element: <Co2SettingsPage />, roles: ['OPERATOR'] },
];
