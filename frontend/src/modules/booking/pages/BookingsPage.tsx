import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { addMonths, differenceInCalendarDays, endOfMonth, format, isValid, parseISO, startOfMonth } from 'date-fns';
import type { BookingListQuery as ListResult, BookingStatus } from '../../../gql/graphql';
import { useAuth } from '../../../app/auth';
import { Alert, Button, Card, EmptyState, ErrorMessage, Field, Icon, Input, PageHeader, Select, Spinner, Stat, Table, formatDateTime, formatShortDate, todayInParis, type Column } from '../../../ui';
import { BOOKING_STATUSES, BookingStatusPill, compactDeskCodes, countDays } from '../components/BookingStatus';
import { BookingListQuery } from '../graphql/bookings';
import { StudiosQuery } from '../graphql/shared';
import '../bookings.css';
import { ExportButtons } from '../../reports/components/ExportButtons';

type Row = ListResult['bookings'][number];

/** Bookings over a period (last month to three months ahead by default), filtered by status and studio. */
export function BookingsPage() {
  const { t } = useTranslation('booking');
  const { isOperator } = useAuth();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const defaults = defaultPeriod();
  const from = dayParam(params.get('from')) ?? defaults.from;
  const to = dayParam(params.get('to')) ?? defaults.to;
  const status = (BOOKING_STATUSES as string[]).includes(params.get('status') ?? '') ? (params.get('status') as BookingStatus) : '';
  const studioId = params.get('studioId') ?? '';
  const span = differenceInCalendarDays(parseISO(to), parseISO(from));
  const periodProblem = span < 0 ? t('bookings.filters.badRange') : span > 365 ? t('bookings.filters.tooLong') : null;

  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const { data, loading, error, refetch } = useQuery(BookingListQuery, {
    variables: { from, to, studioId: isOperator && studioId ? studioId : null },
    skip: Boolean(periodProblem),
  });
  const studios = useQuery(StudiosQuery, { skip: !isOperator });
  const all = data?.bookings ?? [];
  const rows = useMemo(
    () => [...all].filter((b) => !status || b.status === status).sort((a, b) => a.startDate.localeCompare(b.startDate) || a.reference.localeCompare(b.reference)),
    [all, status],
  );
  const stats = useMemo(() => summarise(all), [all]);

  const columns: Array<Column<Row>> = [
    { key: 'reference', header: t('bookings.columns.reference'), nowrap: true, render: (b) => <span className="mono">{b.reference}</span> },
    { key: 'production', header: t('bookings.columns.production'), render: (b) => <strong className="bk-production">{b.productionName}</strong> },
    ...(isOperator ? [{ key: 'studio', header: t('bookings.columns.studio'), render: (b: Row) => b.studio.name }] : []),
    {
      key: 'dates',
      header: t('bookings.columns.dates'),
      nowrap: true,
      render: (b) => t('bookings.range', { from: formatShortDate(b.startDate), to: formatShortDate(b.endDate) }),
    },
    { key: 'days', header: t('bookings.columns.days'), align: 'right', render: (b) => <span className="num">{countDays(b.startDate, b.endDate)}</span> },
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

  const filtered = params.has('from') || params.has('to') || status || studioId;

  return (
    <div className="bk-page">
      <PageHeader
        title={t('bookings.title')}
        subtitle={isOperator ? t('bookings.subtitleOperator') : t('bookings.subtitle')}
        actions={
          <Link className="btn btn--secondary btn--md" to={`/calendar?from=${from}`}>
            <Icon name="calendar" size={17} />
            <span>{t('bookings.openCalendar')}</span>
          </Link>
        }
      />
      {data && (
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
      )}
      <Card padded={false}>
        <div className="bk-toolbar">
          <Field label={t('bookings.filters.from')}>
            <Input type="date" value={from} onChange={(e) => e.target.value && setParam('from', e.target.value)} />
          </Field>
          <Field label={t('bookings.filters.to')}>
            <Input type="date" value={to} min={from} onChange={(e) => e.target.value && setParam('to', e.target.value)} />
          </Field>
          <Field label={t('bookings.filters.status')}>
            <Select value={status} onChange={(e) => setParam('status', e.target.value)}>
              <option value="">{t('bookings.filters.allStatuses')}</option>
              {BOOKING_STATUSES.map((s) => <option key={s} value={s}>{t(`bookings.status.${s}`)}</option>)}
            </Select>
          </Field>
          {isOperator && (
            <Field label={t('bookings.filters.studio')}>
              <Select value={studioId} onChange={(e) => setParam('studioId', e.target.value)}>
                <option value="">{t('bookings.filters.allStudios')}</option>
                {(studios.data?.studios ?? []).map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
              </Select>
            </Field>
          )}
          <div className="bk-toolbar__end">
            {filtered && <Button variant="ghost" size="sm" onClick={() => setParams(new URLSearchParams(), { replace: true })}>{t('bookings.filters.reset')}</Button>}
            {data && <span className="muted bk-toolbar__count">{t('bookings.count', { count: rows.length })}</span>}
          </div>
        </div>
        {periodProblem ? (
          <div className="bk-card-message"><Alert tone="warning">{periodProblem}</Alert></div>
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
              <EmptyState
                icon="clipboard"
                title={t('bookings.empty')}
                action={<Link className="btn btn--primary btn--md" to={`/calendar?from=${from}`}>{t('bookings.openCalendar')}</Link>}
              >
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

/** Last month to three months ahead, whole months. */
function defaultPeriod() {
  const today = parseISO(todayInParis());
  return {
    from: format(startOfMonth(addMonths(today, -1)), 'yyyy-MM-dd'),
    to: format(endOfMonth(addMonths(today, 3)), 'yyyy-MM-dd'),
  };
}

function dayParam(value: string | null): string | null {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) && isValid(parseISO(value)) ? value : null;
}

function summarise(bookings: readonly Row[]) {
  const options = bookings.filter((b) => b.status === 'OPTION');
  const confirmed = bookings.filter((b) => b.status === 'CONFIRMED');
  const today = todayInParis();
  const live = [...options, ...confirmed].filter((b) => b.startDate <= today && b.endDate >= today);
  return {
    options: options.length,
    nextExpiry: options.map((b) => b.optionExpiresAt).filter((x): x is string => Boolean(x)).sort()[0] ?? null,
    confirmed: confirmed.length,
    desksToday: live.reduce((sum, b) => sum + b.desks.length, 0),
    optionDesksToday: live.filter((b) => b.status === 'OPTION').length > 0,
    closed: bookings.length - options.length - confirmed.length,
  };
}
