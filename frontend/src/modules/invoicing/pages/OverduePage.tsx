import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OverdueInvoicesQuery as OverdueResult } from '../../../gql/graphql';
import { Badge, Button, EmptyState, ErrorMessage, PageHeader, Stat, formatMoney, formatShortDate, useToast, type Column } from '../../../ui';
import { InvoiceSplit } from '../components/InvoiceSplit';
import { useOverdueInvoices, useSendPaymentReminders } from '../hooks/invoices';
import '../invoicing.css';

type Row = OverdueResult['overdueInvoices'][number];

/**
 * The operator's overdue invoices, most overdue first: what is still due, the days since the
 * due date and the reminders already sent (the day after the due date, then 15 days later).
 */
export function OverduePage() {
  const { t } = useTranslation('invoicing');
  const toast = useToast();
  const [selected, setSelected] = useState<string | null>(null);
  const { data, error, loading, refetch } = useOverdueInvoices();
  const [send, sending] = useSendPaymentReminders();
  const rows = data?.overdueInvoices ?? [];
  const total = rows.reduce((s, r) => s + r.balanceDueCents, 0);

  const sendNow = async () => {
    const res = await send().catch(() => null);
    if (!res?.data) return;
    const count = res.data.sendPaymentReminders.length;
    toast.success(count ? t('overdue.sent', { count }) : t('overdue.sentNone'));
  };

  const columns: Array<Column<Row>> = [
    { key: 'studio', header: t('overdue.columns.studio'), render: (r) => <strong>{r.studio.name}</strong> },
    { key: 'number', header: t('overdue.columns.number'), nowrap: true, render: (r) => <span className="mono">{r.number}</span> },
    { key: 'due', header: t('overdue.columns.dueDate'), nowrap: true, render: (r) => (r.dueDate ? formatShortDate(r.dueDate) : '—') },
    { key: 'late', header: t('overdue.columns.days'), nowrap: true, render: (r) => <Badge tone={r.daysOverdue > 15 ? 'danger' : 'warning'}>{t('overdue.days', { count: r.daysOverdue })}</Badge> },
    { key: 'balance', header: t('overdue.columns.balance'), align: 'right', nowrap: true, render: (r) => <strong className="num">{formatMoney(r.balanceDueCents)}</strong> },
    {
      key: 'reminders',
      header: t('overdue.columns.reminders'),
      render: (r) =>
        r.reminders.length ? (
          <span className="overdue-reminders">
            {r.reminders.map((m) => <Badge key={m.id} tone="info" title={m.to}>{t(`overdue.kind.${m.kind}`)} · {formatShortDate(m.sentOn)}</Badge>)}
          </span>
        ) : (
          <span className="muted">{t('overdue.noReminder')}</span>
        ),
    },
  ];

  return (
    <div className="invoicing-page">
      <PageHeader
        title={t('overdue.title')}
        subtitle={t('overdue.subtitle')}
        actions={<Button variant="primary" icon="mail" loading={sending.loading} onClick={() => void sendNow()}>{t('overdue.sendNow')}</Button>}
      />
      <ErrorMessage error={sending.error} />
      {data && (
        <div className="stats">
          <Stat label={t('overdue.stats.count')} value={rows.length} tone={rows.length ? 'danger' : undefined} />
          <Stat label={t('overdue.stats.total')} value={formatMoney(total)} tone={total ? 'danger' : undefined} />
        </div>
      )}
      <InvoiceSplit
        rows={rows}
        columns={columns}
        compact={['studio', 'late', 'balance']}
        caption={t('overdue.title')}
        empty={<EmptyState icon="check" title={t('overdue.emptyTitle')}>{t('overdue.empty')}</EmptyState>}
        query={{ hasData: Boolean(data), loading, error, refetch: () => void refetch() }}
        selected={selected}
        onSelect={setSelected}
      />
      <p className="muted invoicing-hint">{t('overdue.hint')}</p>
    </div>
  );
}
