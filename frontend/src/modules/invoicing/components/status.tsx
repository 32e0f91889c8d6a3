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

/** "45,00" or "45.5" → 4550 cents; null when it is not an amount. Integer arithmetic only. */
export function parseEuros(text: string): number | null {
  const m = /^\s*(\d{1,9})(?:[.,](\d{1,2}))?\s*(?:€)?\s*$/.exec(text.replace(/[\s\u00a0\u202f](?=\d)/g, ''));
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** 4550 cents → "45,50" (French) or "45.50" (English), as typed in an amount field. */
export function eurosInput(cents: number, lang: string): string {
  const text = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
  return lang === 'en' ? text : text.replace('.', ',');
}
