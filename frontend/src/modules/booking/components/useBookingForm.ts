import { useEffect, useState } from 'react';
import { useAuth } from '../../../app/auth';
import type { BookingFormValues } from '../booking-form';
import { useStudioNames } from '../hooks/studios';
import type { BookingDraft } from './BookingDialog';

/**
 * The booking dialog's form state, opened on the draft's dates. A manager books for its own
 * studio; the operator picks one (preset when there is only one).
 */
export function useBookingForm(draft: BookingDraft) {
  const { user, isOperator } = useAuth();
  const studios = useStudioNames(!isOperator) ?? [];
  const [values, setValues] = useState<BookingFormValues>(() => ({
    studioId: isOperator ? '' : (user?.studio?.id ?? ''),
    production: '',
    startDate: draft.startDate,
    endDate: draft.endDate,
    deskCountText: String(draft.deskCount ?? 1),
    // A block for a peak starts as an option (held 72 h, not billed) until the production is sure.
    asOption: true,
  }));
  const set = <K extends keyof BookingFormValues>(key: K, value: BookingFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const onlyStudio = studios.length === 1 ? studios[0]!.id : null;
  useEffect(() => {
    if (isOperator && onlyStudio) setValues((v) => (v.studioId ? v : { ...v, studioId: onlyStudio }));
  }, [isOperator, onlyStudio]);
  return { values, set, studios, isOperator, ownStudioName: user?.studio?.name };
}
