import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth';
import { Icon, formatShortDate, type Column } from '../../../ui';
import { compactDeskCodes, countDays } from '../booking-format';
import type { BookingRow } from '../pages/BookingsPage';
import { BookingStatusPill } from './BookingStatus';

/** The bookings table's columns (the studio's only for the operator). */
export function useBookingColumns(): Array<Column<BookingRow>> {
  const { t } = useTranslation('booking');
  const { isOperator } = useAuth();
  return [
    { key: 'reference', header: t('bookings.columns.reference'), nowrap: true, render: (b) => <span className="mono">{b.reference}</span> },
    { key: 'production', header: t('bookings.columns.production'), render: (b) => <strong className="bk-production">{b.productionName}</strong> },
    ...(isOperator ? [{ key: 'studio', header: t('bookings.columns.studio'), render: (b: BookingRow) => b.studio.name }] : []),
    { key: 'dates', header: t('bookings.columns.dates'), nowrap: true, render: (b) => t('bookings.range', { from: formatShortDate(b.startDate), to: formatShortDate(b.endDate) }) },
    { key: 'days', header: t('bookings.columns.days'), align: 'right', render: (b) => <span className="num" title={t('bookings.days', { count: countDays(b.startDate, b.endDate) })}>{b.openDays}</span> },
    {
      key: 'desks',
      header: t('bookings.columns.desks'),
      render: (b) => (
        <span className="bk-desks">
          <span className="num">{b.desks.length}</span>
          <span className="muted mono bk-desks__codes">{compactDeskCodes(b.desks.map((d) => d.code))}</span>
        </span>
      ),
    },
    { key: 'status', header: t('bookings.columns.status'), render: (b) => <BookingStatusPill status={b.status} optionExpiresAt={b.optionExpiresAt} /> },
    {
      key: 'calendar',
      header: <span className="sr-only">{t('bookings.openCalendar')}</span>,
      align: 'right',
      width: '48px',
      render: (b) => (
        <Link
          className="icon-btn icon-btn--sm"
          to={`/calendar?from=${b.startDate}`}
          title={t('bookings.inCalendar', { reference: b.reference })}
          aria-label={t('bookings.inCalendar', { reference: b.reference })}
          onClick={(e) => e.stopPropagation()}
        >
          <Icon name="calendar" size={16} />
        </Link>
      ),
    },
  ];
}
