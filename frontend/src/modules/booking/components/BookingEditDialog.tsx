import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookingChangeQuoteQuery as QuoteResult } from '../../../gql/graphql';
import { Alert, Button, Dialog, ErrorMessage, Field, Input, fieldErrors, formatMoney, useToast, SubmitHint, useSubmitHint } from '../../../ui';
import { describeChangeConflict } from '../conflicts';
import { useBookingChangeQuote, useUpdateBooking } from '../hooks/bookings';

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
  const changed = startDate !== booking.startDate || endDate !== booking.endDate;
  const quote = useBookingChangeQuote(booking, startDate, endDate);
  const updating = useUpdateBooking();
  const fields = fieldErrors(updating.error);
  const badRange = Boolean(startDate && endDate && startDate > endDate);
  const q = quote.quote;
  const hint = useSubmitHint([], [!changed && t('bookings.edit.unchanged'), badRange && t('bookings.edit.badRange')]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!changed || badRange) return;
    const input = { id: booking.id, ...(startDate !== booking.startDate && { startDate }), ...(endDate !== booking.endDate && { endDate }) };
    if (!(await updating.update(input))) return;
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
          <SubmitHint hint={hint} />
          <Button variant="ghost" onClick={onClose}>{t('app:common.cancel')}</Button>
          <Button variant="primary" type="submit" form="booking-edit-form" loading={updating.loading} {...hint.buttonProps}>
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
        ) : !quote.rangeOk || badRange ? null : quote.error ? (
          <ErrorMessage error={quote.error} compact />
        ) : !q || quote.loading ? (
          <p className="muted bk-note" role="status">{t('bookings.edit.checking')}</p>
        ) : (
          <QuoteSummary quote={q} />
        )}
        <ErrorMessage error={updating.error} messages={updating.messages} />
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
            {quote.conflicts.map((c, i) => <li key={i}>{describeChangeConflict(c, t)}</li>)}
          </ul>
        </Alert>
      )}
    </div>
  );
}
