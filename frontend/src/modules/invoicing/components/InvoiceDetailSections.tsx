import { useTranslation } from 'react-i18next';
import type { InvoiceDetailQuery } from '../../../gql/graphql';
import { Button, formatMoney, formatShortDate } from '../../../ui';

type Invoice = NonNullable<InvoiceDetailQuery['invoice']>;

/** The invoice's desk-day lines: what, when, which desks, how many days at what price. */
export function InvoiceLines({ invoice }: { invoice: Invoice }) {
  const { t } = useTranslation('invoicing');
  return (
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
  );
}

/** Totals excl. and incl. VAT, and what credit notes took off. */
export function InvoiceTotals({ invoice }: { invoice: Invoice }) {
  const { t } = useTranslation('invoicing');
  return (
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
  );
}

/** The invoice's credit notes with their PDFs (nothing when there are none). */
export function CreditNotesList({ invoice, busy, onDownload }: { invoice: Invoice; busy: string | null; onDownload: (url: string, filename: string) => void }) {
  const { t } = useTranslation('invoicing');
  if (invoice.creditNotes.length === 0) return null;
  return (
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
            <Button size="sm" variant="ghost" icon="download" loading={busy === c.pdfUrl} onClick={() => onDownload(c.pdfUrl, `${c.number}.pdf`)}>
              {t('common.pdf')}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
