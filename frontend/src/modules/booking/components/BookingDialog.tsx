import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSiteScope } from '../../../app/site-scope';
import { Link } from 'react-router';
import { Co2BookingHint } from '../../co2/components/Co2BookingHint';
import { Button, Dialog, ErrorMessage, formatDateTime, SubmitHint, useToast } from '../../../ui';
import type { BookDesksMutation as BookDesksResult } from '../../../gql/graphql';
import { checkBookingForm } from '../booking-form';
import { mutationConflictMessages, type ConflictContext } from '../conflicts';
import { useBookDesks, useBookingQuote, useFreeDeskCount } from '../hooks/calendar';
import type { CalendarDesk } from '../timeline/model';
import { BookingDialogConflicts } from './BookingDialogConflicts';
import { BookingDialogFields } from './BookingDialogFields';
import { BookingDialogQuote } from './BookingDialogQuote';
import { useBookingForm } from './useBookingForm';
import { useBookingSubmitHint } from './useBookingSubmitHint';

/** What the dialog opens with: desks chosen on the grid, or only a number of desks. */
export interface BookingDraft {
  startDate: string;
  endDate: string;
  /** The desks of the block chosen on the calendar; left out to book a number of desks. */
  desks?: CalendarDesk[];
  deskCount?: number;
}

export type BookedBooking = BookDesksResult['bookDesks'];

/**
 * The booking dialog: studio, production, dates, desks (or a number of desks), option; the
 * price and every conflict from bookingQuote before anything is booked; then bookDesks.
 * Mount it once per opening (its idempotency key lives as long as it does).
 */
export function BookingDialog({ draft, onClose, onBooked }: { draft: BookingDraft; onClose: () => void; onBooked: (booking: BookedBooking) => void }) {
  const { t, i18n } = useTranslation('booking');
  const toast = useToast();
  const formId = useId();
  const productionRef = useRef<HTMLInputElement>(null);
  // The <dialog> is open by now (its own effect ran first): start on the production's name.
  useEffect(() => productionRef.current?.focus(), []);

  const form = useBookingForm(draft);
  const { values } = form;
  const site = useSiteScope().current;
  const check = checkBookingForm(values, draft.desks?.map((d) => d.id), site?.id);
  const { quote, current, error: quoteError, refetch: requote } = useBookingQuote(check.quoteInput);
  const freeCount = useFreeDeskCount({ from: values.startDate, to: values.endDate }, !check.byCount || !check.orderValid);
  const booking = useBookDesks();
  const [submitted, setSubmitted] = useState(false);

  const ready = check.quoteInput !== null;
  const conflicts = quote?.conflicts ?? [];
  const context: ConflictContext = { contractNumber: quote?.contract?.number, maxDesks: quote?.contract?.maxDesks, freeDesks: freeCount };
  const hint = useBookingSubmitHint(values, check, { current, conflicts: conflicts.length, desks: quote ? quote.desks.length : null });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (!values.production.trim()) return productionRef.current?.focus();
    if (!current || !quote || conflicts.length) return;
    const booked = await booking.book({
      studioId: values.studioId,
      productionName: values.production.trim(),
      startDate: values.startDate,
      endDate: values.endDate,
      // What the quote showed is what gets booked (for a number of desks too).
      deskIds: quote.desks.map((d) => d.id),
      asOption: values.asOption,
    });
    // Refused: shown below from booking.error; the quote is asked again to list what changed.
    if (!booked) return requote();
    toast.success(<BookedToast booked={booked} />);
    onBooked(booked);
  };

  return (
    <Dialog
      open
      onClose={onClose}
      size="lg"
      title={check.byCount ? t('calendar.dialog.titleCount') : t('calendar.dialog.titleDesks', { count: draft.desks!.length })}
      description={check.byCount ? t('calendar.dialog.descriptionCount') : t('calendar.dialog.descriptionDesks')}
      footer={
        <>
          <SubmitHint hint={hint} />
          <Button onClick={onClose}>{t('app:common.cancel')}</Button>
          <Button type="submit" form={formId} variant="primary" loading={booking.loading} {...hint.buttonProps}>{values.asOption ? t('calendar.dialog.placeOption') : t('calendar.dialog.confirm')}</Button>
        </>
      }
    >
      <form id={formId} className="bk-dialog" onSubmit={submit} noValidate>
        <div className="bk-dialog__columns">
          <BookingDialogFields
            form={form}
            check={check}
            productionRef={productionRef}
            productionMissing={submitted && !values.production.trim()}
            freeCount={freeCount}
            shownDesks={check.byCount ? (quote?.desks ?? []) : (draft.desks ?? [])}
          />
          <BookingDialogQuote quote={quote} stale={ready && !current} asOption={values.asOption} />
        </div>
        {ready && <BookingDialogConflicts conflicts={conflicts} context={context} />}
        {quoteError && <ErrorMessage error={quoteError} compact onRetry={requote} />}
        <Co2BookingHint deskCount={check.byCount ? (check.countValid ? check.deskCount : null) : draft.desks!.length} />
        {booking.error && <ErrorMessage error={booking.error} messages={mutationConflictMessages(booking.error, t, i18n.language, context)} />}
      </form>
    </Dialog>
  );
}

/** What the toast says once booked (an option and until when, or the firm booking), with a link to it. */
function BookedToast({ booked }: { booked: BookedBooking }) {
  const { t } = useTranslation('booking');
  const said = booked.status === 'OPTION' && booked.optionExpiresAt
    ? t('calendar.dialog.optionSet', { reference: booked.reference, until: formatDateTime(booked.optionExpiresAt) })
    : t('calendar.dialog.booked', { reference: booked.reference, production: booked.productionName });
  return (
    <>
      {said} <Link className="toast__link" to={`/bookings/${booked.id}`}>{t('calendar.dialog.openBooking')}</Link>
    </>
  );
}
