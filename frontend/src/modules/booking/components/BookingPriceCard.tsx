import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { BookingDetailQuery } from '../../../gql/graphql';
import { Card, formatMoney, formatNumber, todayInParis } from '../../../ui';
import { useBookingPrice } from '../hooks/bookings';

type Booking = BookingDetailQuery['booking'];

/**
 * The booking's price as invoicing will bill it: the amount excl. VAT, the open days billed
 * (not the calendar days), the desk-days and the contract's rate. An option shows what it
 * would cost once confirmed.
 */
export function BookingPriceCard({ booking }: { booking: Booking }) {
  const { t } = useTranslation('booking');
  const live = booking.status === 'OPTION' || booking.status === 'CONFIRMED';
  const { quote, error } = useBookingPrice(booking, live);
  return (
    <Card title={t('bookingPrice.title')}>
      {!live ? (
        <p className="muted">{t('bookingPrice.notBilled')}</p>
      ) : !quote ? (
        <p className="muted">{error ? t('bookingPrice.unavailable') : '…'}</p>
      ) : (
        <div data-testid="booking-price">
          <div className="bk-quote__amount-label">{booking.status === 'OPTION' ? t('bookingPrice.amountOption') : t('bookingPrice.amount')}</div>
          <div className="bk-quote__amount num" data-testid="booking-amount">{quote.amountCents != null ? formatMoney(quote.amountCents) : '—'}</div>
          <dl className="facts">
            <dt>{t('bookings.columns.days')}</dt>
            <dd data-testid="booking-open-days">{t('bookingPrice.openDays', { count: quote.openDays, days: quote.days })}</dd>
            <dt>{t('bookingPrice.deskDays')}</dt>
            <dd className="num">{formatNumber(quote.deskDays)}</dd>
            <dt>{t('bookingPrice.rate')}</dt>
            <dd>{t('bookings.detail.rateValue', { rate: formatMoney(booking.contract.dailyRateCents) })}</dd>
          </dl>
          {booking.status === 'OPTION' && <p className="bk-quote__note">{t('bookingPrice.optionNote')}</p>}
        </div>
      )}
    </Card>
  );
}

/** "Staff this booking": to the assignments of this booking once it is confirmed and not over. */
export function StaffBookingCard({ booking }: { booking: Booking }) {
  const { t } = useTranslation('booking');
  if (booking.endDate < todayInParis() || (booking.status !== 'CONFIRMED' && booking.status !== 'OPTION')) return null;
  return (
    <Card title={t('bookingPrice.staffTitle')}>
      {booking.status === 'CONFIRMED' ? (
        <>
          <p className="muted">{t('bookingPrice.staffHint')}</p>
          <Link className="btn btn--primary btn--md" to={`/assignments?booking=${booking.id}`}>{t('bookingPrice.staff')}</Link>
        </>
      ) : (
        <p className="muted">{t('bookingPrice.staffAfterConfirm')}</p>
      )}
    </Card>
  );
}
