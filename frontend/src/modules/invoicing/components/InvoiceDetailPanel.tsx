import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, ConfirmDialog, ErrorMessage, SidePanel, Spinner, formatMoney, formatMonth, formatShortDate, useToast } from '../../../ui';
import { useDownload } from '../download';
import { useInvoiceDetail, useIssueInvoice } from '../hooks/invoices';
import { CreditNoteDialog } from './CreditNoteDialog';
import { MonthNotOverNote } from './IssueAllDrafts';
import { CreditNotesList, InvoiceLines, InvoiceTotals } from './InvoiceDetailSections';
import { PaymentsSection } from './PaymentsSection';
import { RecordPaymentDialog } from './RecordPaymentDialog';
import { InvoiceStatusPill } from './status';

/** One invoice for the operator: its desk-day lines, totals, documents and what can be done next. */
export function InvoiceDetailPanel({ id, onClose, onChanged }: { id: string; onClose: () => void; onChanged: () => void }) {
  const { t } = useTranslation('invoicing');
  const { data, error, loading, refetch } = useInvoiceDetail(id);
  const [dialog, setDialog] = useState<'issue' | 'pay' | 'credit' | null>(null);
  const { download, busy } = useDownload();
  const invoice = data?.invoice;
  const changed = () => {
    void refetch();
    onChanged();
  };

  if (!invoice) {
    return (
      <SidePanel title={t('detail.facts')} onClose={onClose}>
        {error ? <ErrorMessage error={error} messages={{ NOT_FOUND: t('detail.notFound') }} /> : loading ? <Spinner /> : null}
      </SidePanel>
    );
  }
  const draft = invoice.status === 'DRAFT';
  const title = invoice.number ?? t('common.draft');
  return (
    <SidePanel
      title={title}
      subtitle={`${invoice.studio.name} · ${formatMonth(invoice.month)}`}
      onClose={onClose}
      label={`${t('detail.facts')} ${title}`}
      footer={
        <div className="invoicing-actions">
          {draft && <Button variant="primary" icon="check" onClick={() => setDialog('issue')}>{t('detail.issue')}</Button>}
          {invoice.status === 'ISSUED' && invoice.balanceDueCents > 0 && <Button variant="primary" icon="euro" onClick={() => setDialog('pay')}>{t('detail.markPaid')}</Button>}
          {(invoice.status === 'ISSUED' || invoice.status === 'PAID') && invoice.creditableExclTaxCents > 0 && (
            <Button icon="file" onClick={() => setDialog('credit')}>{t('detail.creditNote')}</Button>
          )}
          <Button icon="download" loading={busy === invoice.pdfUrl} onClick={() => void download(invoice.pdfUrl, `${invoice.number ?? 'brouillon'}.pdf`)}>
            {t('common.downloadPdf')}
          </Button>
        </div>
      }
    >
      <div className="invoicing-panel__status">
        <InvoiceStatusPill status={invoice.status} dueDate={invoice.dueDate} />
        {draft && <span className="muted">{t('detail.draftNote')}</span>}
      </div>
      <dl className="facts">
        {invoice.issueDate && (<><dt>{t('detail.issueDate')}</dt><dd>{formatShortDate(invoice.issueDate)}</dd></>)}
        {invoice.dueDate && (<><dt>{t('detail.dueDate')}</dt><dd>{formatShortDate(invoice.dueDate)}</dd></>)}
        {invoice.paidOn && (<><dt>{t('detail.paidOn')}</dt><dd>{formatShortDate(invoice.paidOn)}</dd></>)}
        {invoice.contractNumbers.length > 0 && (<><dt>{t('detail.contracts')}</dt><dd className="mono">{invoice.contractNumbers.join(', ')}</dd></>)}
        <dt title={t('detail.volumeHint')}>{t('detail.volume')}</dt>
        <dd>{t('common.deskDays', { count: invoice.billableDeskDays })}</dd>
      </dl>

      <InvoiceLines invoice={invoice} />
      <InvoiceTotals invoice={invoice} />

      {!draft && <PaymentsSection invoice={invoice} />}

      <CreditNotesList invoice={invoice} busy={busy} onDownload={(url, name) => void download(url, name)} />
      {invoice.status === 'CANCELLED' && <Alert tone="warning">{t('credit.wholeHint')}</Alert>}

      <IssueInvoiceDialog invoice={invoice} open={dialog === 'issue'} onClose={() => setDialog(null)} onIssued={changed} />
      {dialog === 'pay' && <RecordPaymentDialog invoice={invoice} onClose={() => { setDialog(null); onChanged(); }} />}
      {dialog === 'credit' && <CreditNoteDialog invoice={invoice} onClose={() => setDialog(null)} onDone={changed} />}
    </SidePanel>
  );
}

/** Issuing a draft, confirmed first: it then gets its number and can no longer change. */
function IssueInvoiceDialog({ invoice, open, onClose, onIssued }: { invoice: { id: string; month: string; totalInclTaxCents: number; studio: { name: string } }; open: boolean; onClose: () => void; onIssued: () => void }) {
  const { t } = useTranslation('invoicing');
  const toast = useToast();
  const [issue, issuing] = useIssueInvoice();
  return (
    <>
      <ConfirmDialog
        open={open}
        title={t('issue.title', { studio: invoice.studio.name })}
        confirmLabel={t('issue.confirm')}
        busy={issuing.loading}
        onClose={onClose}
        onConfirm={async () => {
          const res = await issue({ variables: { id: invoice.id } }).catch(() => null);
          onClose();
          if (res?.data) {
            toast.success(t('issue.done', { number: res.data.issueInvoice.number }));
            onIssued();
          }
        }}
      >
        <MonthNotOverNote month={invoice.month} />
        <p>{t('issue.body', { year: new Date().getFullYear() })}</p>
        <p className="invoicing-confirm-total">{formatMoney(invoice.totalInclTaxCents)}</p>
      </ConfirmDialog>
      {issuing.error && <ErrorMessage error={issuing.error} messages={{ INVALID_STATE: t('errors.alreadyIssued') }} />}
    </>
  );
}
