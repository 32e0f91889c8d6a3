import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSiteScope } from '../../../app/site-scope';
import type { BookingDetailQuery as DetailResult } from '../../../gql/graphql';
import { useAuth } from '../../../app/auth';
import { Alert, Button, Card, EmptyState, ErrorMessage, Icon, PageHeader, Spinner, errorInfo, formatDateTime, formatDay, formatMoney, formatShortDate, todayInParis, useToast } from '../../../ui';
import { BookingCancelDialog } from '../components/BookingCancelDialog';
import { BookingEditDialog } from '../components/BookingEditDialog';
import { BookingPriceCard, StaffBookingCard } from '../components/BookingPriceCard';
import { BookingStatusPill } from '../components/BookingStatus';
import { countDays } from '../booking-format';
import { useBookingDetail, useConfirmBooking } from '../hooks/bookings';
import '../bookings.css';

type Booking = DetailResult['booking'];

/** One booking: its facts, and confirm (an option), change its dates, or cancel with the fee shown first. */
export function BookingPage() {
  const { t } = useTranslation('booking');
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useBookingDetail(id);
  const booking = data?.booking;

  if (!booking) {
    if (error && errorInfo(error).code === 'NOT_FOUND') {
      return (
        <div className="bk-page">
          <BackLink />
          <Card>
            <EmptyState
              icon="search"
              title={t('bookings.detail.notFound')}
              action={<Link className="btn btn--secondary btn--md" to="/bookings">{t('bookings.detail.backToList')}</Link>}
            >
              {t('bookings.detail.notFoundBody')}
            </EmptyState>
          </Card>
        </div>
      );
    }
    return (
      <div className="bk-page">
        <BackLink />
        {error ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : loading ? <Spinner /> : null}
      </div>
    );
  }
  return <BookingView booking={booking} />;
}

function BackLink() {
  const { t } = useTranslation('booking');
  return (
    <Link className="bk-back" to="/bookings">
      <Icon name="chevronLeft" size={16} /> {t('bookings.detail.back')}
    </Link>
  );
}

function BookingView({ booking }: { booking: Booking }) {
  const { t } = useTranslation('booking');
  const { isOperator } = useAuth();
  const toast = useToast();
  const [dialog, setDialog] = useState<'edit' | 'cancel' | null>(null);
  const confirming = useConfirmBooking();
  const today = todayInParis();
  const live = booking.status === 'OPTION' || booking.status === 'CONFIRMED';
  const editable = live && booking.endDate >= today;
  const cancellable = booking.cancellationPreview != null;

  const runConfirm = async () => {
    if (await confirming.confirm(booking.id)) toast.success(t('bookings.detail.confirmed', { reference: booking.reference }));
  };

  return (
    <div className="bk-page">
      <BackLink />
      <PageHeader
        eyebrow={t('bookings.detail.eyebrow', { reference: booking.reference })}
        title={booking.productionName}
        subtitle={
          <>
            {isOperator ? <Link to={`/studios/${booking.studio.id}`}>{booking.studio.name}</Link> : booking.studio.name}
            {' · '}
            {t('bookings.range', { from: formatDay(booking.startDate), to: formatDay(booking.endDate) })}
          </>
        }
        actions={
          <>
            <Link className="btn btn--ghost btn--md" to={`/calendar?from=${booking.startDate}`}>
              <Icon name="calendar" size={17} />
              <span>{t('bookings.detail.actions.calendar')}</span>
            </Link>
            {editable && <Button icon="clock" onClick={() => setDialog('edit')}>{t('bookings.detail.actions.edit')}</Button>}
            {cancellable && <Button variant="danger" icon="x" onClick={() => setDialog('cancel')}>{t('bookings.detail.actions.cancel')}</Button>}
            {booking.status === 'OPTION' && (
              <Button variant="primary" icon="check" loading={confirming.loading} onClick={() => void runConfirm()}>
                {t('bookings.detail.actions.confirm')}
              </Button>
            )}
          </>
        }
      />
      <ErrorMessage error={confirming.error} messages={confirming.messages} />
      <StatusBanner booking={booking} />

      <div className="bk-detail">
        <BookingFacts booking={booking} />

        <div className="bk-detail__side">
          <BookingPriceCard booking={booking} />
          <StaffBookingCard booking={booking} />
          <Card title={t('bookings.detail.desksTitle')} actions={<span className="muted">{t('bookings.desks', { count: booking.desks.length })}</span>}>
            <DeskGroups desks={booking.desks} />
          </Card>
          <Card title={t('bookings.detail.policyTitle')}>
            <CancellationTerms booking={booking} />
          </Card>
        </div>
      </div>

      {dialog === 'edit' && <BookingEditDialog booking={booking} onClose={() => setDialog(null)} />}
      {dialog === 'cancel' && <BookingCancelDialog bookingId={booking.id} reference={booking.reference} onClose={() => setDialog(null)} />}
    </div>
  );
}

/** What was booked, for whom, when, at what rate, and what happened to it. */
function BookingFacts({ booking }: { booking: Booking }) {
  const { t } = useTranslation('booking');
  const site = useSiteScope().sites.find((s) => s.id === booking.siteId);
  return (
    <Card title={t('bookings.detail.facts')}>
      <dl className="facts bk-facts">
        <dt>{t('bookings.detail.reference')}</dt>
        <dd className="mono">{booking.reference}</dd>
        <dt>{t('bookings.detail.status')}</dt>
        <dd><BookingStatusPill status={booking.status} /></dd>
        <dt>{t('bookings.detail.studio')}</dt>
        <dd>{booking.studio.name}</dd>
        <dt>{t('bookings.detail.production')}</dt>
        <dd className="bk-facts__wrap">{booking.productionName}</dd>
        <dt>{t('bookings.detail.from')}</dt>
        <dd>{formatDay(booking.startDate)}</dd>
        <dt>{t('bookings.detail.to')}</dt>
        <dd>{formatDay(booking.endDate)}</dd>
        <dt>{t('bookings.detail.duration')}</dt>
        <dd>{t('bookingPrice.duration', { count: booking.openDays, days: countDays(booking.startDate, booking.endDate) })}</dd>
        <dt>{t('bookings.detail.site')}</dt>
        <dd data-testid="booking-site">{site?.name ?? '—'}</dd>
        <dt>{t('bookings.detail.desks')}</dt>
        <dd>{t('bookings.desks', { count: booking.desks.length })}</dd>
        <dt>{t('bookings.detail.contract')}</dt>
        <dd>
          <span className="mono">{booking.contract.number}</span>
          <span className="muted"> · {t('bookings.detail.rateValue', { rate: formatMoney(booking.contract.dailyRateCents) })}</span>
        </dd>
        <dt>{t('bookings.detail.createdAt')}</dt>
        <dd>{formatDateTime(booking.createdAt)}</dd>
        {booking.optionExpiresAt && booking.status !== 'CONFIRMED' && (
          <>
            <dt>{t('bookings.detail.optionExpiresAt')}</dt>
            <dd>{formatDateTime(booking.optionExpiresAt)}</dd>
          </>
        )}
        {booking.confirmedAt && (
          <>
            <dt>{t('bookings.detail.confirmedAt')}</dt>
            <dd>{formatDateTime(booking.confirmedAt)}</dd>
          </>
        )}
        {booking.cancelledAt && (
          <>
            <dt>{t('bookings.detail.cancelledAt')}</dt>
            <dd>{formatDateTime(booking.cancelledAt)}</dd>
          </>
        )}
      </dl>
    </Card>
  );
}

/** What the status means now: an option's deadline, an expiry, or the fee window a cancellation recorded. */
function StatusBanner({ booking }: { booking: Booking }) {
  const { t } = useTranslation('booking');
  if (booking.status === 'OPTION' && booking.optionExpiresAt) {
    return <Alert tone="warning">{t('bookings.detail.optionBanner', { date: formatDateTime(booking.optionExpiresAt) })}</Alert>;
  }
  if (booking.status === 'EXPIRED' && booking.optionExpiresAt) {
    return <Alert tone="info">{t('bookings.detail.expiredBanner', { date: formatDateTime(booking.optionExpiresAt) })}</Alert>;
  }
  if (booking.status === 'CANCELLED') {
    const date = booking.cancelledAt ? formatDateTime(booking.cancelledAt) : '';
    return (
      <div data-testid="cancellation-recorded">
        {booking.lateFeeFrom && booking.lateFeeTo ? (
          <Alert tone="warning">
            {t('bookings.detail.cancelledFee', { date, from: formatDay(booking.lateFeeFrom), to: formatDay(booking.lateFeeTo), pct: booking.lateFeePct ?? booking.contract.lateCancellationFeePct })}
            {booking.billedThrough && <div>{t('bookings.detail.cancelledBilledThrough', { date: formatDay(booking.billedThrough) })}</div>}
          </Alert>
        ) : (
          <Alert tone="info">
            {t('bookings.detail.cancelledFree', { date })}
            {booking.billedThrough && <div>{t('bookings.detail.cancelledBilledThrough', { date: formatDay(booking.billedThrough) })}</div>}
          </Alert>
        )}
      </div>
    );
  }
  return null;
}

function DeskGroups({ desks }: { desks: Booking['desks'] }) {
  const { t } = useTranslation('booking');
  const zones = new Map<string, string[]>();
  for (const d of desks) zones.set(d.zone, [...(zones.get(d.zone) ?? []), d.code]);
  return (
    <div className="bk-zones">
      {[...zones].sort(([a], [b]) => a.localeCompare(b)).map(([zone, codes]) => (
        <div key={zone} className="bk-zone">
          <div className="bk-zone__label">{t('bookings.detail.zone', { zone })}</div>
          <ul className="bk-chips">
            {codes.sort().map((code) => <li key={code} className="bk-chip mono">{code}</li>)}
          </ul>
        </div>
      ))}
    </div>
  );
}

function CancellationTerms({ booking }: { booking: Booking }) {
  const { t } = useTranslation('booking');
  const preview = booking.cancellationPreview;
  return (
    <div className="bk-terms">
      <p className="muted">
        {t('bookings.detail.policyNotice', { count: booking.contract.cancellationNoticeDays, pct: booking.contract.lateCancellationFeePct })}
      </p>
      {!preview ? (
        booking.status !== 'CANCELLED' && <p className="muted">{t('bookings.detail.policyNone')}</p>
      ) : preview.free ? (
        <p className="bk-terms__state bk-terms__state--free">
          <Icon name="check" size={16} />
          {booking.status === 'OPTION' ? t('bookings.cancel.optionFree') : t('bookings.cancel.free', { date: formatShortDate(preview.freeUntil) })}
        </p>
      ) : (
        <p className="bk-terms__state bk-terms__state--late">
          <Icon name="alert" size={16} />
          <span>
            {t('bookings.cancel.late', { date: formatShortDate(preview.freeUntil) })}{' '}
            <strong>{t('bookings.cancel.feeInline', { amount: formatMoney(preview.estimatedFeeCents) })}</strong>
          </span>
        </p>
      )}
    </div>
  );
}
