import { useTranslation } from 'react-i18next';
import { useSubmitHint, type SubmitHintState } from '../../../ui';
import type { BookingFormCheck, BookingFormValues } from '../booking-form';
import { parseDay } from '../timeline/dates';

/**
 * What the booking dialog's disabled button says, for exactly the cases that disable it: the
 * fields still missing, dates in the wrong order or a bad number of desks, the price still
 * being worked out, conflicts to settle first, or no free desks for a number asked.
 */
export function useBookingSubmitHint(values: BookingFormValues, check: BookingFormCheck, quote: { current: boolean; conflicts: number; desks: number | null }): SubmitHintState {
  const { t } = useTranslation('booking');
  return useSubmitHint(
    [
      [!values.studioId, t('calendar.dialog.studio')],
      [!parseDay(values.startDate), t('calendar.dialog.startDate')],
      [!parseDay(values.endDate), t('calendar.dialog.endDate')],
    ],
    [
      check.datesValid && !check.orderValid && t('calendar.dialog.endBeforeStart'),
      check.byCount && !check.countValid && t('calendar.dialog.deskCountInvalid'),
      (!quote.current || quote.desks === null) && t('calendar.dialog.hint.pricing'),
      quote.conflicts > 0 && t('calendar.dialog.hint.conflicts'),
      check.byCount && quote.desks === 0 && t('calendar.dialog.hint.noDesks'),
    ],
  );
}
