import { useMemo } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { BookingListQuery as ListResult, BookingStatus } from '../../../gql/graphql';
import { useAuth } from '../../../app/auth';
import { Alert, Card, EmptyState, ErrorMessage, Icon, PageHeader, Spinner, Stat, Table, formatDateTime, todayInParis } from '../../../ui';
import { BookingFilters } from '../components/BookingFilters';
import { useBookingColumns } from '../components/BookingColumns';
import { BOOKING_STATUSES, dayParam, defaultListPeriod, periodProblem, shownBookings, summariseBookings } from '../booking-list';
import { useBookingList } from '../hooks/bookings';
import '../bookings.css';
import { ExportButtons } from '../../reports/components/ExportButtons';

export type BookingRow = ListResult['bookings'][number];

/** The list's filters, kept in the address bar: period, status, studio (the operator). */
function useListFilters() {
  const [params, setParams] = useSearchParams();
  const defaults = defaultListPeriod(todayInParis());
  const status: BookingStatus | '' = (BOOKING_STATUSES as string[]).includes(params.get('status') ?? '') ? (params.get('status') as BookingStatus) : '';
  const filters = {
    from: dayParam(params.get('from')) ?? defaults.from,
    to: dayParam(params.get('to')) ?? defaults.to,
    status,
    studioId: params.get('studioId') ?? '',
  };
  const set = (key: keyof typeof filters, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const filtered = params.has('from') || params.has('to') || !!status || !!filters.studioId;
  return { ...filters, set, filtered, reset: () => setParams(new URLSearchParams(), { replace: true }) };
}

/** Bookings over a period (last month to three months ahead by default), filtered by status and studio. */
export function BookingsPage() {
  const { t } = useTranslation('booking');
  const { isOperator } = useAuth();
  const navigate = useNavigate();
  const filters = useListFilters();
  const { from, to, status, studioId } = filters;
  const problem = periodProblem(from, to);
  const { data, loading, error, refetch } = useBookingList({ from, to, studioId: isOperator && studioId ? studioId : null }, Boolean(problem));
  const all = data?.bookings ?? [];
  const rows = useMemo(() => shownBookings(all, status), [all, status]);
  const columns = useBookingColumns();
  const calendarLink = (
    <Link className="btn btn--secondary btn--md" to={`/calendar?from=${from}`}>
      <Icon name="calendar" size={17} />
      <span>{t('bookings.openCalendar')}</span>
    </Link>
  );

  return (
    <div className="bk-page">
      <PageHeader title={t('bookings.title')} subtitle={isOperator ? t('bookings.subtitleOperator') : t('bookings.subtitle')} actions={calendarLink} />
      {data && <BookingStats bookings={all} />}
      <Card padded={false}>
        <BookingFilters filters={filters} count={data ? rows.length : null} />
        {problem ? (
          <div className="bk-card-message"><Alert tone="warning">{t(`bookings.filters.${problem}`)}</Alert></div>
        ) : error && !data ? (
          <div className="bk-card-message"><ErrorMessage error={error} onRetry={() => void refetch()} /></div>
        ) : loading && !data ? (
          <Spinner />
        ) : (
          <Table
            columns={columns}
            rows={rows}
            rowKey={(b) => b.id}
            onRowClick={(b) => navigate(`/bookings/${b.id}`)}
            caption={t('bookings.title')}
            empty={
              <EmptyState icon="clipboard" title={t('bookings.empty')} action={<Link className="btn btn--primary btn--md" to={`/calendar?from=${from}`}>{t('bookings.openCalendar')}</Link>}>
                {t('bookings.emptyHint')}
              </EmptyState>
            }
          />
        )}
      </Card>
      <ExportButtons from={from} to={to} studioId={isOperator ? studioId : undefined} />
    </div>
  );
}

function BookingStats({ bookings }: { bookings: readonly BookingRow[] }) {
  const { t } = useTranslation('booking');
  const stats = useMemo(() => summariseBookings(bookings, todayInParis()), [bookings]);
  return (
    <div className="stats">
      <Stat
        label={t('bookings.stats.options')}
        value={stats.options}
        tone={stats.options ? 'warning' : undefined}
        hint={stats.nextExpiry ? t('bookings.stats.optionsHint', { date: formatDateTime(stats.nextExpiry) }) : undefined}
      />
      <Stat label={t('bookings.stats.confirmed')} value={stats.confirmed} tone={stats.confirmed ? 'success' : undefined} />
      <Stat label={t('bookings.stats.today')} value={stats.desksToday} hint={stats.optionDesksToday ? t('bookings.stats.todayHint') : undefined} />
      <Stat label={t('bookings.stats.cancelled')} value={stats.closed} />
    </div>
  );
}
