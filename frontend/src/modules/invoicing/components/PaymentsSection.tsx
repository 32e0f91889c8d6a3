import { useTranslation } from 'react-i18next';
import type { InvoiceDetailQuery } from '../../../gql/graphql';
import { Badge, formatMoney, formatShortDate } from '../../../ui';

type Invoice = InvoiceDetailQuery['invoice'];

/** What was received on an issued invoice, what is still due, and the reminders sent. */
export function PaymentsSection({ invoice }: { invoice: Invoice }) {
  const { t } = useTranslation('invoicing');
  return (
    <section aria-label={t('payments.heading')} className="invoice-payments">
      <h3 className="invoicing-panel__heading">{t('payments.heading')}</h3>
      <div className="invoice-payments__balance" data-testid="balance-due">
        <span>{t('payments.balance')}</span>
        <strong className="num">{formatMoney(invoice.balanceDueCents)}</strong>
        {invoice.daysOverdue > 0 && <Badge tone="danger">{t('overdue.days', { count: invoice.daysOverdue })}</Badge>}
      </div>
      {invoice.payments.length === 0 ? (
        <p className="muted invoice-payments__none">{t('payments.none')}</p>
      ) : (
        <ul className="invoice-lines" aria-label={t('payments.list')}>
          {invoice.payments.map((p) => (
            <li key={p.id} className="invoice-line invoice-payment">
              <div className="invoice-line__head">
                <span>{formatShortDate(p.date)} · {t(`payments.methods.${p.method}`)}</span>
                <span className="invoice-line__amount num">{formatMoney(p.amountCents)}</span>
              </div>
              {p.reference && <div className="invoice-line__detail muted mono">{p.reference}</div>}
            </li>
          ))}
        </ul>
      )}
      {invoice.reminders.length > 0 && (
        <ul className="invoice-reminders" aria-label={t('overdue.reminders')}>
          {invoice.reminders.map((r) => (
            <li key={r.id} className="muted">
              {t(`overdue.kind.${r.kind}`)} · {formatShortDate(r.sentOn)} · {r.to} ({r.language})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
