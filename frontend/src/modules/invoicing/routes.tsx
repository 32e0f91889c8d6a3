import type { ModuleRoute } from '../../app/modules';
import { lazyPage } from '../../app/lazy-page';

const InvoicingPage = lazyPage(() => import('./pages/InvoicingPage'), 'InvoicingPage');
const OverduePage = lazyPage(() => import('./pages/OverduePage'), 'OverduePage');
const StudioInvoicesPage = lazyPage(() => import('./pages/StudioInvoicesPage'), 'StudioInvoicesPage');

export const routes: ModuleRoute[] = [
  {
    path: '/invoicing',
    element: <InvoicingPage />,
    roles: ['OPERATOR'],
    nav: { labelKey: 'nav.invoicing', order: 70, section: 'finance', icon: 'euro' },
  },
  {
    path: '/overdue',
    element: <OverduePage />,
    roles: ['OPERATOR'],
    nav: { labelKey: 'nav.overdue', order: 71, section: 'finance', icon: 'clock' },
  },
  {
    path: '/invoices',
    element: <StudioInvoicesPage />,
    roles: ['STUDIO_MANAGER'],
    nav: { labelKey: 'nav.invoices', order: 70, section: 'finance', icon: 'file' },
  },
];
