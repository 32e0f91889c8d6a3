import { useTranslation } from 'react-i18next';
import type { StudioInvoicesQuery } from '../../../gql/graphql';
import { Button, Card, EmptyState, ErrorMessage, PageHeader, Spinner, Stat, Table, formatMoney, formatMonth, formatShortDate, formatNumber } from '../../../ui';
import { InvoiceStatusPill } from '../components/status';
import { StudioPayments } from '../components/StudioPayments';
import { useDownload } from '../download';
import { useStudioInvoices } from '../hooks/invoices';
import '../invoicing.css';

/** A studio manager's invoices and credit notes, with their PDFs, what is due and what was paid. */
export function StudioInvoicesPage() {
  const { t } = useTranslation('invoicing');
  const { data, error, loading, refetch } = useStudioInvoices();
  const { download, busy } = useDownload();
  const invoices = data?.invoices ?? [];
  const creditNotes = data?.creditNotes ?? [];
  const account = data?.studioAccount;
  const overdue = invoices.filter((i) => i.daysOverdue > 0).length;

  const pdfButton = (url: string, number: string | null | undefined) => (
    <Button size="sm" variant="ghost" icon="download" loading={busy === url} onClick={() => void download(url, `${number ?? 'document'}.pdf`)} aria-label={`${t('common.downloadPdf')} ${number ?? ''}`}>
      {t('common.pdf')}
    </Button>
  );

  return (
    <div className="invoicing-page">
      <PageHeader title={t('manager.title')} subtitle={t('manager.subtitle')} />
      {error && !data ? (
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <Spinner />
      ) : (
        <>
          <StudioAccountStats account={account} overdue={overdue} />
          <Card padded={false}>
            <Table
              rows={invoices}
              rowKey={(i) => i.id}
              caption={t('manager.title')}
              empty={<EmptyState icon="file" title={t('manager.title')}>{t('manager.empty')}</EmptyState>}
              columns={[
                { key: 'number', header: t('manager.columns.number'), nowrap: true, render: (i) => <span className="mono">{i.number}</span> },
                { key: 'month', header: t('manager.columns.month'), render: (i) => <span className="invoicing-month-cell">{formatMonth(i.month)}</span> },
                { key: 'issued', header: t('manager.columns.issueDate'), nowrap: true, render: (i) => (i.issueDate ? formatShortDate(i.issueDate) : '—') },
                { key: 'due', header: t('manager.columns.dueDate'), nowrap: true, render: (i) => (i.dueDate ? formatShortDate(i.dueDate) : '—') },
                { key: 'days', header: t('manager.columns.deskDays'), align: 'right', render: (i) => <span className="num">{formatNumber(i.billableDeskDays)}</span> },
                { key: 'incl', header: t('manager.columns.incl'), align: 'right', nowrap: true, render: (i) => (
                    <>
                      <strong className="num">{formatMoney(i.totalInclTaxCents)}</strong>
                      {i.creditedInclTaxCents > 0 && <div className="muted invoicing-credited">{t('manager.credited', { amount: formatMoney(i.creditedInclTaxCents) })}</div>}
                    </>
                  ) },
                { key: 'balance', header: t('manager.columns.balance'), align: 'right', nowrap: true, render: (i) => (i.balanceDueCents > 0 ? <strong className="num">{formatMoney(i.balanceDueCents)}</strong> : <span className="muted num">{formatMoney(0)}</span>) },
                { key: 'status', header: t('manager.columns.status'), render: (i) => <InvoiceStatusPill status={i.status} dueDate={i.dueDate} /> },
                { key: 'pdf', header: t('manager.columns.pdf'), align: 'right', render: (i) => pdfButton(i.pdfUrl, i.number) },
              ]}
            />
          </Card>
          {account && <StudioPayments payments={account.payments} />}
          {creditNotes.length > 0 && (
            <Card title={t('manager.creditNotes')} padded={false}>
              <Table
                rows={creditNotes}
                rowKey={(c) => c.id}
                caption={t('manager.creditNotes')}
                columns={[
                  { key: 'number', header: t('manager.creditColumns.number'), nowrap: true, render: (c) => <span className="mono">{c.number}</span> },
                  { key: 'date', header: t('manager.creditColumns.date'), nowrap: true, render: (c) => formatShortDate(c.issueDate) },
                  { key: 'invoice', header: t('manager.creditColumns.invoice'), nowrap: true, render: (c) => <span className="mono">{c.invoice.number}</span> },
                  { key: 'reason', header: t('manager.creditColumns.reason'), render: (c) => c.reason },
                  { key: 'incl', header: t('manager.creditColumns.incl'), align: 'right', nowrap: true, render: (c) => <strong className="num">−{formatMoney(c.totalInclTaxCents)}</strong> },
                  { key: 'pdf', header: t('manager.creditColumns.pdf'), align: 'right', render: (c) => pdfButton(c.pdfUrl, c.number) },
                ]}
              />
            </Card>
          )}
        </>
      )}
    </div>
  );
}

/** What the studio owes, how many invoices are late, what it paid this year. */
function StudioAccountStats({ account, overdue }: { account: StudioInvoicesQuery['studioAccount'] | undefined; overdue: number }) {
  const { t } = useTranslation('invoicing');
  return (
    <div className="stats">
      <Stat label={t('manager.stats.due')} value={<span data-testid="studio-due">{formatMoney(account?.dueCents ?? 0)}</span>} hint={t('manager.stats.dueHint')} tone={account?.dueCents ? 'info' : undefined} />
      <Stat
        label={t('manager.stats.overdue')}
        value={overdue}
        hint={account?.overdueCents ? formatMoney(account.overdueCents) : undefined}
        tone={overdue ? 'danger' : undefined}
      />
      <Stat label={t('manager.stats.paid')} value={formatMoney(account?.paidThisYearCents ?? 0)} tone={account?.paidThisYearCents ? 'success' : undefined} />
    </div>
  );
}
