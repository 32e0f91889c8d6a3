import { useTranslation } from 'react-i18next';
import type { InvoiceStatus } from '../../../gql/graphql';
import { StatusPill, todayInParis, type Tone } from '../../../ui';

const TONE: Record<InvoiceStatus | 'OVERDUE', Tone> = {
  DRAFT: 'neutral',
  ISSUED: 'info',
  PAID: 'success',
  CANCELLED: 'warning',
  OVERDUE: 'danger',
};

/** An issued invoice whose due date has passed reads "overdue". */
export function displayStatus(status: InvoiceStatus, dueDate: string | null | undefined): InvoiceStatus | 'OVERDUE' {
  return status === 'ISSUED' && dueDate && dueDate < todayInParis() ? 'OVERDUE' : status;
}

export function InvoiceStatusPill({ status, dueDate }: { status: InvoiceStatus; dueDate?: string | null }) {
  const { t } = useTranslation('invoicing');
  const shown = displayStatus(status, dueDate);
  return <StatusPill tone={TONE[shown]}>{t(`status.${shown}`)}</StatusPill>;
}
