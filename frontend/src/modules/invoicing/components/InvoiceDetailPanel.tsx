import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, ConfirmDialog, ErrorMessage, SidePanel, Spinner, formatMoney, formatMonth, formatShortDate, useToast } from '../../../ui';
import { useDownload } from '../download';
import { useInvoiceDetail, useIssueInvoice } from '../hooks/invoices';
import { CreditNoteDialog } from './CreditNoteDialog';
import { PaymentsSection } from './PaymentsSection';
import { RecordPaymentDialog } from './RecordPaymentDialog';
import { InvoiceStatusPill } from './status';

/** One invoice for the operator: its desk-day lines, totals, documents and what can be done next. */
export function InvoiceDetailPanel({ id, onClose, onChanged }: { id: string; onClose: () => void; onChanged: () => void }) {
  const { t } = useTranslation('invoicing');
  const toast = useToast();
  const { data, error, loading, refetch } = useInvoiceDetail(id);
  const [issue, issuing] = useIssueInvoice();
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

      <section aria-label={t('detail.lines')}>
        <h3 className="invoicing-panel__heading">{t('detail.lines')}</h3>
        <ul className="invoice-lines">
          {invoice.lines.map((l) => (
            <li key={l.id} className="invoice-line" data-kind={l.kind}>
              <div className="invoice-line__head">
                <span className="invoice-line__kind">{t(`kind.${l.kind}`)}</span>
                <span className="invoice-line__amount num">{formatMoney(l.amountCents)}</span>
              </div>
              <div className="invoice-line__what">
                « {l.booking.productionName} » <span className="mono muted">{l.booking.reference}</span>
              </div>
              <div className="invoice-line__detail muted">
                {formatShortDate(l.periodStart)} → {formatShortDate(l.periodEnd)} · {l.deskCodes.join(', ')}
              </div>
              <div className="invoice-line__calc num">
                {t('common.deskDays', { count: l.quantity })} × {formatMoney(l.unitPriceCents)}
              </div>
            </li>
          ))}
        </ul>
      </section>

      <dl className="facts invoicing-totals">
        <dt>{t('detail.excl')}</dt>
        <dd className="num">{formatMoney(invoice.totalExclTaxCents)}</dd>
        <dt>{t('detail.vat', { rate: invoice.vatRatePct })}</dt>
        <dd className="num">{formatMoney(invoice.vatCents)}</dd>
        <dt className="invoicing-totals__grand">{t('detail.incl')}</dt>
        <dd className="invoicing-totals__grand num">{formatMoney(invoice.totalInclTaxCents)}</dd>
        {invoice.creditNotes.length > 0 && (
          <>
            <dt>{t('detail.credited')}</dt>
            <dd className="num">−{formatMoney(invoice.creditedInclTaxCents)}</dd>
            {invoice.status !== 'CANCELLED' && (<><dt>{t('detail.creditable')}</dt><dd className="num">{formatMoney(invoice.creditableExclTaxCents)}</dd></>)}
          </>
        )}
      </dl>

      {!draft && <PaymentsSection invoice={invoice} />}

      {invoice.creditNotes.length > 0 && (
        <section aria-label={t('detail.creditNotes')}>
          <h3 className="invoicing-panel__heading">{t('detail.creditNotes')}</h3>
          <ul className="invoice-lines">
            {invoice.creditNotes.map((c) => (
              <li key={c.id} className="invoice-line">
                <div className="invoice-line__head">
                  <span className="mono">{c.number}</span>
                  <span className="invoice-line__amount num">−{formatMoney(c.totalInclTaxCents)}</span>
                </div>
                <div className="invoice-line__detail muted">{formatShortDate(c.issueDate)} · {c.reason}</div>
                <Button size="sm" variant="ghost" icon="download" loading={busy === c.pdfUrl} onClick={() => void download(c.pdfUrl, `${c.number}.pdf`)}>
                  {t('common.pdf')}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {invoice.status === 'CANCELLED' && <Alert tone="warning">{t('credit.wholeHint')}</Alert>}

      <ConfirmDialog
        open={dialog === 'issue'}
        title={t('issue.title', { studio: invoice.studio.name })}
        confirmLabel={t('issue.confirm')}
        busy={issuing.loading}
        onClose={() => setDialog(null)}
        onConfirm={async () => {
          const res = await issue({ variables: { id: invoice.id } }).catch(() => null);
          setDialog(null);
          if (res?.data) {
            toast.success(t('issue.done', { number: res.data.issueInvoice.number }));
            changed();
          }
        }}
      >
        <p>{t('issue.body', { year: new Date().getFullYear() })}</p>
        <p className="invoicing-confirm-total">{formatMoney(invoice.totalInclTaxCents)}</p>
      </ConfirmDialog>
      {issuing.error && <ErrorMessage error={issuing.error} messages={{ INVALID_STATE: t('errors.alreadyIssued') }} />}
      {dialog === 'pay' && <RecordPaymentDialog invoice={invoice} onClose={() => { setDialog(null); onChanged(); }} />}
      {dialog === 'credit' && <CreditNoteDialog invoice={invoice} onClose={() => setDialog(null)} onDone={changed} />}
    </SidePanel>
  );
}
