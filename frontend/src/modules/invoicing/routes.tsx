import type { ModuleRoute } from '../../app/modules';
import { InvoicingPage } from './pages/InvoicingPage';
import { OverduePage } from './pages/OverduePage';
import { StudioInvoicesPage } from './pages/StudioInvoicesPage';

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
