import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth';
import { Co2BookingHint } from '../../co2/components/Co2BookingHint';
import { Button, Checkbox, Dialog, ErrorMessage, Field, formatDateTime, Input, Select, useToast } from '../../../ui';
import type { BookDesksMutation as BookDesksResult } from '../../../gql/graphql';
import { BookDesksMutation, BookingQuoteQuery, FreeDesksQuery } from '../graphql/calendar';
import { StudiosQuery } from '../graphql/shared';
import { BookingDialogConflicts, mutationConflictMessages, type ConflictContext } from './BookingDialogConflicts';
import { BookingDialogQuote } from './BookingDialogQuote';
import { parseDay } from './timeline/dates';
import type { CalendarDesk } from './timeline/model';

/** What the dialog opens with: desks chosen on the grid, or only a number of desks. */
export interface BookingDraft {
  startDate: string;
  endDate: string;
  /** The desks of the block chosen on the calendar; left out to book a number of desks. */
  desks?: CalendarDesk[];
  deskCount?: number;
}

export type BookedBooking = BookDesksResult['bookDesks'];

const MAX_DESKS = 40;
const QUOTE_DELAY_MS = 250;

function useDebounced<T>(value: T, delay: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

/** A key per opening of the dialog: sent twice (double click, retry), bookDesks books once. */
function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The booking dialog: studio, production, dates, desks (or a number of desks), option; the
 * price and every conflict from bookingQuote before anything is booked; then bookDesks.
 * Mount it once per opening (its idempotency key lives as long as it does).
 */
export function BookingDialog({ draft, onClose, onBooked }: { draft: BookingDraft; onClose: () => void; onBooked: (booking: BookedBooking) => void }) {
  const { t, i18n } = useTranslation('booking');
  const { user, isOperator } = useAuth();
  const toast = useToast();
  const formId = useId();
  const productionRef = useRef<HTMLInputElement>(null);
  const [idempotencyKey] = useState(newIdempotencyKey);

  // The <dialog> is open by now (its own effect ran first): start on the production's name.
  useEffect(() => productionRef.current?.focus(), []);

  const studios = useQuery(StudiosQuery, { skip: !isOperator });
  const studioList = studios.data?.studios ?? [];
  const [studioId, setStudioId] = useState<string>(isOperator ? '' : (user?.studio?.id ?? ''));
  useEffect(() => {
    if (isOperator && !studioId && studioList.length === 1) setStudioId(studioList[0]!.id);
  }, [isOperator, studioId, studioList]);

  const byCount = !draft.desks;
  const [production, setProduction] = useState('');
  const [startDate, setStartDate] = useState(draft.startDate);
  const [endDate, setEndDate] = useState(draft.endDate);
  const [deskCountText, setDeskCountText] = useState(String(draft.deskCount ?? 1));
  const [asOption, setAsOption] = useState(false);
  const [submitted, setSubmitted] = useState(false);

  const deskCount = Number(deskCountText);
  const countValid = Number.isInteger(deskCount) && deskCount >= 1 && deskCount <= MAX_DESKS;
  const datesValid = !!parseDay(startDate) && !!parseDay(endDate);
  const orderValid = datesValid && startDate <= endDate;
  const deskIds = draft.desks?.map((d) => d.id);

  const input = {
    studioId,
    startDate,
    endDate,
    ...(byCount ? { deskCount } : { deskIds }),
  };
  const ready = !!studioId && orderValid && (byCount ? countValid : !!deskIds?.length);
  const requested = useDebounced(ready ? JSON.stringify(input) : '', QUOTE_DELAY_MS);
  const quoteResult = useQuery(BookingQuoteQuery, {
    variables: { input: requested ? JSON.parse(requested) : input },
    skip: !requested,
    fetchPolicy: 'network-only',
  });
  const quote = ready ? (quoteResult.data?.bookingQuote ?? quoteResult.previousData?.bookingQuote) : undefined;
  const current = ready && requested === JSON.stringify(input) && !quoteResult.loading && !!quoteResult.data;

  const free = useQuery(FreeDesksQuery, { variables: { from: startDate, to: endDate }, skip: !byCount || !orderValid });
  const freeCount = free.data?.freeDesks.length ?? null;

  const [bookDesks, booking] = useMutation(BookDesksMutation, {
    // Everything on screen may change: the calendar, the free counts, a new studio's checklist.
    refetchQueries: 'active',
    awaitRefetchQueries: true,
  });

  const conflicts = quote?.conflicts ?? [];
  const context: ConflictContext = { contractNumber: quote?.contract?.number, maxDesks: quote?.contract?.maxDesks, freeDesks: freeCount };
  const shownDesks = byCount ? (quote?.desks ?? []) : (draft.desks ?? []);
  const productionMissing = submitted && !production.trim();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (!production.trim()) {
      productionRef.current?.focus();
      return;
    }
    if (!current || !quote || conflicts.length) return;
    try {
      const result = await bookDesks({
        variables: {
          input: {
            studioId,
            productionName: production.trim(),
            startDate,
            endDate,
            // What the quote showed is what gets booked (for a number of desks too).
            deskIds: quote.desks.map((d) => d.id),
            asOption,
            idempotencyKey,
          },
        },
      });
      const booked = result.data?.bookDesks;
      if (!booked) return;
      toast.success(
        booked.status === 'OPTION' && booked.optionExpiresAt
          ? t('calendar.dialog.optionSet', { reference: booked.reference, until: formatDateTime(booked.optionExpiresAt) })
          : t('calendar.dialog.booked', { reference: booked.reference, production: booked.productionName }),
      );
      onBooked(booked);
    } catch {
      // Shown below from booking.error; the quote is asked again to list what changed.
      if (requested) void quoteResult.refetch();
    }
  };

  const confirmDisabled = !current || !quote || conflicts.length > 0 || (byCount && !quote.desks.length);
  const title = byCount ? t('calendar.dialog.titleCount') : t('calendar.dialog.titleDesks', { count: draft.desks!.length });

  return (
    <Dialog
      open
      onClose={onClose}
      size="lg"
      title={title}
      description={byCount ? t('calendar.dialog.descriptionCount') : t('calendar.dialog.descriptionDesks')}
      footer={
        <>
          <Button onClick={onClose}>{t('app:common.cancel')}</Button>
          <Button type="submit" form={formId} variant="primary" loading={booking.loading} disabled={confirmDisabled}>
            {t('calendar.dialog.confirm')}
          </Button>
        </>
      }
    >
      <form id={formId} className="bk-dialog" onSubmit={submit} noValidate>
        <div className="bk-dialog__columns">
          <div className="form-grid">
            {isOperator ? (
              <Field label={t('calendar.dialog.studio')} required>
                <Select value={studioId} onChange={(e) => setStudioId(e.target.value)}>
                  <option value="" disabled>{t('calendar.dialog.studioPlaceholder')}</option>
                  {studioList.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
                </Select>
              </Field>
            ) : (
              <div className="bk-dialog__studio">
                <span className="field__label">{t('calendar.dialog.studio')}</span>
                <strong>{user?.studio?.name}</strong>
              </div>
            )}
            <Field label={t('calendar.dialog.production')} required error={productionMissing ? t('calendar.dialog.productionRequired') : undefined}>
              <Input
                ref={productionRef}
                value={production}
                maxLength={200}
                placeholder={t('calendar.dialog.productionPlaceholder')}
                onChange={(e) => setProduction(e.target.value)}
              />
            </Field>
            <div className="form-row bk-dialog__dates">
              <Field label={t('calendar.dialog.startDate')} required>
                <Input type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} />
              </Field>
              <Field label={t('calendar.dialog.endDate')} required error={datesValid && !orderValid ? t('calendar.dialog.endBeforeStart') : undefined}>
                <Input type="date" value={endDate} min={startDate} onChange={(e) => setEndDate(e.target.value)} />
              </Field>
            </div>
            {byCount && (
              <Field
                label={t('calendar.dialog.deskCount')}
                required
                error={countValid ? undefined : t('calendar.dialog.deskCountInvalid')}
                hint={freeCount !== null ? t('calendar.dialog.freeDesks', { count: freeCount }) : undefined}
              >
                <Input type="number" min={1} max={MAX_DESKS} step={1} inputMode="numeric" value={deskCountText} onChange={(e) => setDeskCountText(e.target.value)} className="bk-dialog__count" />
              </Field>
            )}
            {shownDesks.length > 0 && (
              <div className="bk-dialog__desks">
                <span className="field__label">{byCount ? t('calendar.dialog.proposedDesks') : t('calendar.dialog.desks')}</span>
                <ul className="bk-chips" data-testid="dialog-desks">
                  {shownDesks.map((d) => {
                    const out = 'bookable' in d && d.bookable === false;
                    return (
                      <li key={d.id} className={['bk-chip', out && 'bk-chip--out'].filter(Boolean).join(' ')} title={out ? t('calendar.grid.outOfServiceHint') : undefined}>
                        {d.code}
                      </li>
                    );
                  })}
                </ul>
              </div>
            )}
            <div>
              <Checkbox label={t('calendar.dialog.option')} checked={asOption} onChange={(e) => setAsOption(e.target.checked)} />
              <p className="field__hint bk-dialog__option-hint">{t('calendar.dialog.optionHint')}</p>
            </div>
          </div>
          <BookingDialogQuote quote={quote} stale={ready && !current} asOption={asOption} />
        </div>
        {ready && <BookingDialogConflicts conflicts={conflicts} context={context} />}
        {quoteResult.error && <ErrorMessage error={quoteResult.error} compact onRetry={() => void quoteResult.refetch()} />}
        <Co2BookingHint deskCount={byCount ? (countValid ? deskCount : null) : draft.desks!.length} />
        {booking.error && <ErrorMessage error={booking.error} messages={mutationConflictMessages(booking.error, t, i18n.language, context)} />}
      </form>
    </Dialog>
  );
}
