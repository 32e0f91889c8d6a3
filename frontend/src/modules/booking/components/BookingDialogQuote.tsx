import { useTranslation } from 'react-i18next';
import type { BookingQuoteQuery } from '../../../gql/graphql';
import { formatMoney, formatMonth, formatNumber } from '../../../ui';
import { capitalize } from '../timeline/dates';

export type Quote = BookingQuoteQuery['bookingQuote'];

/** The price of the booking from the studio's contract: total, open days, desk-days, and each month's rate. */
export function BookingDialogQuote({ quote, stale, asOption }: { quote: Quote | undefined; stale: boolean; asOption: boolean }) {
  const { t } = useTranslation('booking');
  if (!quote) {
    return (
      <aside className="bk-quote bk-quote--empty" aria-live="polite">
        <div className="bk-quote__title">{t('calendar.quote.title')}</div>
        <p className="muted">{stale ? t('calendar.quote.computing') : t('calendar.quote.waiting')}</p>
      </aside>
    );
  }
  const contract = quote.contract;
  // No desk found for a number of desks: there is nothing to price yet.
  const priced = quote.amountCents != null && quote.desks.length > 0;
  return (
    <aside className={['bk-quote', stale && 'bk-quote--stale'].filter(Boolean).join(' ')} aria-live="polite" aria-busy={stale}>
      <div className="bk-quote__title">
        {t('calendar.quote.title')}
        {stale && <span className="spinner spinner--inline" aria-label={t('calendar.quote.computing')} />}
      </div>
      <div className="bk-quote__amount-label">{t('calendar.quote.amount')}</div>
      <div className="bk-quote__amount num" data-testid="quote-amount">
        {priced ? formatMoney(quote.amountCents!) : '—'}
      </div>
      {quote.amountCents == null && <p className="bk-quote__note">{t('calendar.quote.noAmount')}</p>}
      <dl className="facts bk-quote__facts">
        <dt>{t('calendar.quote.days')}</dt>
        <dd>{t('calendar.quote.openDays', { count: quote.openDays, days: quote.days })}</dd>
        <dt>{t('calendar.quote.deskDays')}</dt>
        <dd className="num">{formatNumber(quote.deskDays)}</dd>
        {contract && (
          <>
            <dt>{t('calendar.quote.contract')}</dt>
            <dd>
              <span className="mono" data-testid="quote-contract">{contract.number}</span>
              <div className="bk-quote__detail">{t('calendar.quote.rate', { rate: formatMoney(contract.dailyRateCents) })}</div>
            </dd>
          </>
        )}
      </dl>
      {contract && priced && quote.months.length > 0 && (
        <ul className="bk-quote__months">
          {quote.months.map((m) => {
            const tier = m.dailyRateCents < contract.dailyRateCents
              ? contract.volumeTiers.find((v) => v.dailyRateCents === m.dailyRateCents)
              : undefined;
            return (
              <li key={m.month}>
                <div className="bk-quote__month">
                  <span>{capitalize(formatMonth(m.month))}</span>
                  <span className="num">{formatMoney(m.amountCents)}</span>
                </div>
                <div className="bk-quote__detail">
                  {t('calendar.quote.monthLine', { deskDays: m.deskDays, rate: formatMoney(m.dailyRateCents) })}
                </div>
                <div className={['bk-quote__detail', tier && 'bk-quote__detail--tier'].filter(Boolean).join(' ')}>
                  {tier
                    ? t('calendar.quote.tier', { from: tier.fromDeskDays, total: m.studioDeskDays })
                    : t('calendar.quote.baseRate', { total: m.studioDeskDays })}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {asOption && <p className="bk-quote__note">{t('calendar.quote.optionNote')}</p>}
    </aside>
  );
}
