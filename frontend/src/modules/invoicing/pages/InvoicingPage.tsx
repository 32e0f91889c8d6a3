import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, EmptyState, ErrorMessage, PageHeader, formatMonth, useToast } from '../../../ui';
import { AccountantFiles } from '../components/AccountantFiles';
import { IssueAllDrafts } from '../components/IssueAllDrafts';
import { MonthPicker } from '../components/MonthPicker';
import { InvoiceSplit } from '../components/InvoiceSplit';
import { MonthStatsRow, useInvoiceColumns } from '../components/MonthInvoices';
import { useDownload } from '../download';
import { useGenerateInvoices, useInvoicingMonth } from '../hooks/invoices';
import { addMonths, currentMonth, isMonth } from '../month';
import { monthStats } from '../month-stats';
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

  const stats = useMemo(() => monthStats(invoices), [invoices]);

  const columns = useInvoiceColumns(selected);

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
            <Button variant={stats.drafts ? 'secondary' : 'primary'} icon="file" loading={generating.loading} onClick={() => void runGeneration()}>
              {stats.drafts ? t('operator.regenerate') : t('operator.generate')}
            </Button>
            <IssueAllDrafts month={month} drafts={invoices.filter((i) => i.status === 'DRAFT')} onIssued={() => void refetch()} />
          </>
        }
      />
      <div className="invoicing-toolbar">
        <MonthPicker month={month} onChange={setMonth} />
        <h2 className="invoicing-month__label">{formatMonth(month)}</h2>
      </div>
      <ErrorMessage error={generating.error} />
      {data && <MonthStatsRow stats={stats} />}
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

/** Columns kept beside the open detail panel. */
const COMPACT = ['studio', 'number', 'status', 'incl'];
const csvUrl = (month: string) => `/api/invoices/export.csv?month=${month}`;
