import { useTranslation } from 'react-i18next';
import type { InvoicingMonthQuery } from '../../../gql/graphql';
import { Stat, formatMoney, formatNumber, formatShortDate, type Column } from '../../../ui';
import type { MonthStats } from '../month-stats';
import { InvoiceStatusPill } from './status';

type Row = InvoicingMonthQuery['invoices'][number];

/** The month's invoices as table columns (the selected one's studio in bold). */
export function useInvoiceColumns(selected: string | null): Array<Column<Row>> {
  const { t } = useTranslation('invoicing');
    return [
      { key: 'studio', header: t('operator.columns.studio'), render: (i) => <strong className={i.id === selected ? 'invoicing-selected' : undefined}>{i.studio.name}</strong> },
      { key: 'number', header: t('operator.columns.number'), nowrap: true, render: (i) => (i.number ? <span className="mono">{i.number}</span> : <span className="muted">—</span>) },
      { key: 'status', header: t('operator.columns.status'), render: (i) => <InvoiceStatusPill status={i.status} dueDate={i.dueDate} /> },
      { key: 'days', header: t('operator.columns.deskDays'), align: 'right', render: (i) => <span className="num">{formatNumber(i.billableDeskDays)}</span> },
      { key: 'excl', header: t('operator.columns.excl'), align: 'right', nowrap: true, render: (i) => <span className="num">{formatMoney(i.totalExclTaxCents)}</span> },
      { key: 'vat', header: t('operator.columns.vat'), align: 'right', nowrap: true, render: (i) => <span className="num muted">{formatMoney(i.vatCents)}</span> },
      { key: 'incl', header: t('operator.columns.incl'), align: 'right', nowrap: true, render: (i) => <strong className="num">{formatMoney(i.totalInclTaxCents)}</strong> },
      { key: 'due', header: t('operator.columns.due'), nowrap: true, render: (i) => (i.dueDate ? formatShortDate(i.dueDate) : '—') },
    ];
}

/** The month's figures: drafts, issued, still to collect, collected. */
export function MonthStatsRow({ stats }: { stats: MonthStats }) {
  const { t } = useTranslation('invoicing');
  return (
    <div className="stats">
      <Stat label={t('operator.stats.drafts')} value={stats.drafts} hint={stats.drafts ? t('operator.stats.excl', { amount: formatMoney(stats.draftsTotal) }) : undefined} tone={stats.drafts ? 'info' : undefined} />
      <Stat
        label={t('operator.stats.issued')}
        value={stats.issued}
        hint={stats.issued ? [t('operator.stats.excl', { amount: formatMoney(stats.issuedTotal) }), stats.credited ? t('operator.stats.credited', { amount: formatMoney(stats.credited) }) : null].filter(Boolean).join(' · ') : undefined}
      />
      <Stat label={t('operator.stats.toCollect')} value={formatMoney(stats.toCollect)} hint={stats.overdue ? `${stats.overdue} ${t('status.OVERDUE').toLowerCase()}` : undefined} tone={stats.overdue ? 'danger' : undefined} />
      <Stat label={t('operator.stats.collected')} value={formatMoney(stats.collected)} tone={stats.collected ? 'success' : undefined} />
    </div>
  );
}
