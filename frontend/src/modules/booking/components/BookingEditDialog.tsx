import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { BookingChangeQuoteQuery as QuoteResult } from '../../../gql/graphql';
import { Alert, Button, Dialog, ErrorMessage, Field, Input, errorInfo, fieldErrors, formatMoney, formatShortDate, useToast } from '../../../ui';
import { BookingChangeQuoteQuery, UpdateBookingMutation } from '../graphql/bookings';
import { compactDeskCodes } from './BookingStatus';

interface EditableBooking {
  id: string;
  reference: string;
  startDate: string;
  endDate: string;
  studio: { id: string };
}

/**
 * Extends or shortens a live booking (same desks). The change is priced and checked as the
 * dates are typed; the server has the last word (a race can still lose).
 */
export function BookingEditDialog({ booking, onClose }: { booking: EditableBooking; onClose: () => void }) {
  const { t } = useTranslation('booking');
  const toast = useToast();
  const [startDate, setStartDate] = useState(booking.startDate);
  const [endDate, setEndDate] = useState(booking.endDate);
  const dates = useDebounced(`${startDate}|${endDate}`, 300);
  const [qStart, qEnd] = dates.split('|');
  const rangeOk = Boolean(qStart && qEnd && qStart <= qEnd);
  const changed = startDate !== booking.startDate || endDate !== booking.endDate;
  const quote = useQuery(BookingChangeQuoteQuery, {
    variables: { input: { bookingId: booking.id, studioId: booking.studio.id, startDate: qStart, endDate: qEnd } },
    skip: !rangeOk || (qStart === booking.startDate && qEnd === booking.endDate),
    fetchPolicy: 'network-only',
  });
  const [update, updating] = useMutation(UpdateBookingMutation, { refetchQueries: ['BookingDetail', 'BookingList'], awaitRefetchQueries: true });
  const fields = fieldErrors(updating.error);
  const badRange = Boolean(startDate && endDate && startDate > endDate);
  const q = quote.data?.bookingQuote;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!changed || badRange) return;
    const input = { id: booking.id, ...(startDate !== booking.startDate && { startDate }), ...(endDate !== booking.endDate && { endDate }) };
    const res = await update({ variables: { input } }).catch(() => null);
    if (!res?.data) return;
    toast.success(t('bookings.detail.updated', { reference: booking.reference }));
    onClose();
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('bookings.edit.title', { reference: booking.reference })}
      description={t('bookings.edit.description')}
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>{t('app:common.cancel')}</Button>
          <Button variant="primary" type="submit" form="booking-edit-form" loading={updating.loading} disabled={!changed || badRange}>
            {t('bookings.edit.save')}
          </Button>
        </>
      }
    >
      <form id="booking-edit-form" className="form-grid" onSubmit={submit} noValidate>
        <div className="form-row">
          <Field label={t('bookings.edit.from')} required error={fields.startDate}>
            <Input type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} />
          </Field>
          <Field label={t('bookings.edit.to')} required error={fields.endDate ?? (badRange ? t('bookings.edit.badRange') : undefined)}>
            <Input type="date" value={endDate} min={startDate || undefined} onChange={(e) => setEndDate(e.target.value)} />
          </Field>
        </div>
        {!changed ? (
          <p className="muted bk-note">{t('bookings.edit.unchanged')}</p>
        ) : !rangeOk || badRange ? null : quote.error ? (
          <ErrorMessage error={quote.error} compact />
        ) : !q || quote.loading ? (
          <p className="muted bk-note" role="status">{t('bookings.edit.checking')}</p>
        ) : (
          <QuoteSummary quote={q} />
        )}
        <ErrorMessage
          error={updating.error}
          messages={{
            DESK_UNAVAILABLE: takenMessage(updating.error, t) ?? t('bookings.errors.DESK_UNAVAILABLE'),
            CONTRACT_LIMIT: t('bookings.errors.CONTRACT_LIMIT'),
            INSURANCE_EXPIRED: t('bookings.errors.INSURANCE_EXPIRED'),
            NO_ACTIVE_CONTRACT: t('bookings.errors.NO_ACTIVE_CONTRACT'),
            INVALID_STATE: t('bookings.errors.INVALID_STATE'),
            BAD_USER_INPUT: t('bookings.errors.BAD_USER_INPUT'),
          }}
        />
      </form>
    </Dialog>
  );
}

function QuoteSummary({ quote }: { quote: QuoteResult['bookingQuote'] }) {
  const { t } = useTranslation('booking');
  return (
    <div className="bk-quote" data-testid="booking-change-quote">
      <div className="bk-quote__line">
        <span>
          {t('bookings.edit.summary', {
            days: t('bookings.days', { count: quote.days }),
            deskDays: t('bookings.edit.deskDays', { count: quote.deskDays }),
          })}
        </span>
        {quote.amountCents != null && (
          <span className="bk-quote__amount">
            <span className="muted">{t('bookings.edit.amount')}</span> <strong className="num">{formatMoney(quote.amountCents)}</strong>
          </span>
        )}
      </div>
      {quote.bookable ? (
        <Alert tone="success">{t('bookings.edit.ok')}</Alert>
      ) : (
        <Alert tone="warning">
          <strong>{t('bookings.edit.conflicts')}</strong>
          <ul className="bk-quote__conflicts">
            {quote.conflicts.map((c, i) => <li key={i}>{describeConflict(c, t)}</li>)}
          </ul>
        </Alert>
      )}
    </div>
  );
}

type Conflict = QuoteResult['bookingQuote']['conflicts'][number];

/** A conflict in the user's language, from its code, desks and days (the API's English message as fallback). */
export function describeConflict(c: Conflict, t: TFunction): string {
  const range = c.from && c.to
    ? c.from === c.to
      ? t('bookings.conflict.day', { day: formatShortDate(c.from) })
      : t('bookings.conflict.range', { from: formatShortDate(c.from), to: formatShortDate(c.to) })
    : '';
  switch (c.code) {
    case 'DESK_UNAVAILABLE':
      return c.deskCodes.length
        ? t('bookings.conflict.DESK_UNAVAILABLE', { desks: compactDeskCodes(c.deskCodes), range })
        : t('bookings.conflict.DESK_UNAVAILABLE_NO_DESKS', { range });
    case 'CONTRACT_LIMIT':
    case 'INSURANCE_EXPIRED':
      return t(`bookings.conflict.${c.code}`, { range });
    case 'NO_ACTIVE_CONTRACT':
      return t('bookings.conflict.NO_ACTIVE_CONTRACT');
    default:
      return t('bookings.conflict.BAD_USER_INPUT', { message: c.message });
  }
}

/** DESK_UNAVAILABLE names the desks and days taken: say which, and what to do. */
function takenMessage(error: unknown, t: TFunction): string | undefined {
  const { code, extensions: x, message } = errorInfo(error);
  if (code !== 'DESK_UNAVAILABLE' || !Array.isArray(x.deskCodes) || x.deskCodes.length === 0) return undefined;
  const conflict = { code: 'DESK_UNAVAILABLE' as const, message, deskCodes: x.deskCodes as string[], from: (x.from as string) ?? null, to: (x.to as string) ?? null };
  return `${describeConflict(conflict, t)} ${t('bookings.errors.pickOther')}`;
}

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}
