import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, EmptyState, ErrorMessage, PageHeader, Stat, formatMoney, formatMonth, formatShortDate, useToast, type Column } from '../../../ui';
import type { InvoicingMonthQuery as MonthResult } from '../../../gql/graphql';
import { AccountantFiles } from '../components/AccountantFiles';
import { MonthPicker } from '../components/MonthPicker';
import { InvoiceSplit } from '../components/InvoiceSplit';
import { InvoiceStatusPill, displayStatus } from '../components/status';
import { useDownload } from '../download';
import { useGenerateInvoices, useInvoicingMonth } from '../hooks/invoices';
import { addMonths, currentMonth, isMonth } from '../month';
import '../invoicing.css';

/**
 * The operator's monthly invoicing: pick a month, generate (or refresh) the drafts, review each
 * with its desk-day lines, issue, record payments, credit, export for the accountant.
 */
export function InvoicingPage() {
  const { t } = useTranslation('invoicing');
  const toast = useToast();
  const [params, setParams] = useSearchParams();
  const month = isMonth(params.get('month')) ? params.get('month')! : addMonths(currentMonth(), -1);
  const [selected, setSelected] = useState<string | null>(null);
  const setMonth = (m: string) => {
    if (!isMonth(m)) return;
    setSelected(null);
    setParams({ month: m }, { replace: true });
  };
  const { data, error, loading, refetch } = useInvoicingMonth(month);
  const [generate, generating] = useGenerateInvoices();
  const { download, busy } = useDownload();
  const invoices = data?.invoices ?? [];

  const stats = useMemo(() => {
    const sum = (list: typeof invoices, key: 'totalExclTaxCents' | 'totalInclTaxCents') => list.reduce((s, i) => s + i[key], 0);
    const drafts = invoices.filter((i) => i.status === 'DRAFT');
    const issued = invoices.filter((i) => i.status === 'ISSUED' || i.status === 'PAID');
    return {
      drafts: drafts.length,
      draftsTotal: sum(drafts, 'totalExclTaxCents'),
      issued: issued.length,
      issuedTotal: sum(issued, 'totalExclTaxCents'),
      // What is still owed: issued invoices less their credit notes and the payments received.
      toCollect: invoices.reduce((s, i) => s + i.balanceDueCents, 0),
      credited: invoices.reduce((s, i) => s + i.creditedInclTaxCents, 0),
      overdue: invoices.filter((i) => displayStatus(i.status, i.dueDate) === 'OVERDUE').length,
      // Received so far on the month's invoices (fully or in part).
      collected: invoices.reduce((s, i) => s + i.paidCents, 0),
    };
  }, [invoices]);

  const columns: Array<Column<Row>> = [
    { key: 'studio', header: t('operator.columns.studio'), render: (i) => <strong className={i.id === selected ? 'invoicing-selected' : undefined}>{i.studio.name}</strong> },
    { key: 'number', header: t('operator.columns.number'), nowrap: true, render: (i) => (i.number ? <span className="mono">{i.number}</span> : <span className="muted">—</span>) },
    { key: 'status', header: t('operator.columns.status'), render: (i) => <InvoiceStatusPill status={i.status} dueDate={i.dueDate} /> },
    { key: 'days', header: t('operator.columns.deskDays'), align: 'right', render: (i) => <span className="num">{i.billableDeskDays}</span> },
    { key: 'excl', header: t('operator.columns.excl'), align: 'right', nowrap: true, render: (i) => <span className="num">{formatMoney(i.totalExclTaxCents)}</span> },
    { key: 'vat', header: t('operator.columns.vat'), align: 'right', nowrap: true, render: (i) => <span className="num muted">{formatMoney(i.vatCents)}</span> },
    { key: 'incl', header: t('operator.columns.incl'), align: 'right', nowrap: true, render: (i) => <strong className="num">{formatMoney(i.totalInclTaxCents)}</strong> },
    { key: 'due', header: t('operator.columns.due'), nowrap: true, render: (i) => (i.dueDate ? formatShortDate(i.dueDate) : '—') },
  ];

  const runGeneration = async () => {
    const res = await generate({ variables: { month } }).catch(() => null);
    if (!res?.data) return;
    const count = res.data.generateInvoices.length;
    toast.success(count ? t('operator.generated', { count, month: formatMonth(month) }) : t('operator.generatedNone', { month: formatMonth(month) }));
  };

  return (
    <div className="invoicing-page">
      <PageHeader
        title={t('operator.title')}
        subtitle={t('operator.subtitle')}
        actions={
          <>
            <Button icon="download" loading={busy === csvUrl(month)} onClick={() => void download(csvUrl(month), `factures-${month}.csv`)}>
              {t('operator.exportCsv')}
            </Button>
            <Button variant="primary" icon="file" loading={generating.loading} onClick={() => void runGeneration()}>
              {stats.drafts ? t('operator.regenerate') : t('operator.generate')}
            </Button>
          </>
        }
      />
      <div className="invoicing-toolbar">
        <MonthPicker month={month} onChange={setMonth} />
        <h2 className="invoicing-month__label">{formatMonth(month)}</h2>
      </div>
      <ErrorMessage error={generating.error} />
      {data && (
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
      )}
      <InvoiceSplit
        rows={invoices}
        columns={columns}
        compact={COMPACT}
        caption={t('operator.title')}
        empty={
          <EmptyState
            icon="file"
            title={formatMonth(month)}
            action={<Button variant="primary" icon="file" loading={generating.loading} onClick={() => void runGeneration()}>{t('operator.generate')}</Button>}
          >
            {t('operator.empty', { month: formatMonth(month) })}
          </EmptyState>
        }
        query={{ hasData: Boolean(data), loading, error, refetch: () => void refetch() }}
        selected={selected}
        onSelect={setSelected}
      />
      <p className="muted invoicing-hint">{t('operator.hint')}</p>
      <AccountantFiles key={month} month={month} />
    </div>
  );
}

type Row = MonthResult['invoices'][number];
/** Columns kept beside the open detail panel. */
const COMPACT = ['studio', 'number', 'status', 'incl'];
const csvUrl = (month: string) => `/api/invoices/export.csv?month=${month}`;
