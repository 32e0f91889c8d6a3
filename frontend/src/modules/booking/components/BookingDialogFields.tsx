import { useId, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, Input, Select } from '../../../ui';
import { MAX_DESKS, type BookingFormCheck, type BookingFormValues } from '../booking-form';
import type { useBookingForm } from './useBookingForm';

type Form = ReturnType<typeof useBookingForm>;

/** The booking dialog's fields: studio, production, dates, number of desks, desks, option. */
export function BookingDialogFields({ form, check, productionRef, productionMissing, freeCount, shownDesks }: {
  form: Form;
  check: BookingFormCheck;
  productionRef: RefObject<HTMLInputElement | null>;
  productionMissing: boolean;
  freeCount: number | null;
  shownDesks: ReadonlyArray<{ id: string; code: string; bookable?: boolean }>;
}) {
  const { t } = useTranslation('booking');
  const { values, set } = form;
  const text = (key: keyof BookingFormValues) => (e: { target: { value: string } }) => set(key, e.target.value);
  return (
    <div className="form-grid">
      <StudioField form={form} />
      <Field label={t('calendar.dialog.production')} required error={productionMissing ? t('calendar.dialog.productionRequired') : undefined}>
        <Input ref={productionRef} value={values.production} maxLength={200} placeholder={t('calendar.dialog.productionPlaceholder')} onChange={text('production')} />
      </Field>
      <div className="form-row bk-dialog__dates">
        <Field label={t('calendar.dialog.startDate')} required>
          <Input type="date" value={values.startDate} onChange={text('startDate')} />
        </Field>
        <Field label={t('calendar.dialog.endDate')} required error={check.datesValid && !check.orderValid ? t('calendar.dialog.endBeforeStart') : undefined}>
          <Input type="date" value={values.endDate} min={values.startDate} onChange={text('endDate')} />
        </Field>
      </div>
      {check.byCount && (
        <Field
          label={t('calendar.dialog.deskCount')}
          required
          error={check.countValid ? undefined : t('calendar.dialog.deskCountInvalid')}
          hint={freeCount !== null ? t('calendar.dialog.freeDesks', { count: freeCount }) : undefined}
        >
          <Input type="number" min={1} max={MAX_DESKS} step={1} inputMode="numeric" value={values.deskCountText} onChange={text('deskCountText')} className="bk-dialog__count" />
        </Field>
      )}
      {shownDesks.length > 0 && <DeskChips desks={shownDesks} proposed={check.byCount} />}
      <BookingKindChoice asOption={values.asOption} onChange={(asOption) => set('asOption', asOption)} />
    </div>
  );
}

function StudioField({ form }: { form: Form }) {
  const { t } = useTranslation('booking');
  if (!form.isOperator) {
    return (
      <div className="bk-dialog__studio">
        <span className="field__label">{t('calendar.dialog.studio')}</span>
        <strong>{form.ownStudioName}</strong>
      </div>
    );
  }
  return (
    <Field label={t('calendar.dialog.studio')} required>
      <Select value={form.values.studioId} onChange={(e) => form.set('studioId', e.target.value)}>
        <option value="" disabled>{t('calendar.dialog.studioPlaceholder')}</option>
        {form.studios.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
      </Select>
    </Field>
  );
}

/** The desks chosen on the grid, or those the quote proposes for a number of desks. */
function DeskChips({ desks, proposed }: { desks: ReadonlyArray<{ id: string; code: string; bookable?: boolean }>; proposed: boolean }) {
  const { t } = useTranslation('booking');
  return (
    <div className="bk-dialog__desks">
      <span className="field__label">{proposed ? t('calendar.dialog.proposedDesks') : t('calendar.dialog.desks')}</span>
      <ul className="bk-chips" data-testid="dialog-desks">
        {desks.map((d) => {
          const out = d.bookable === false;
          return (
            <li key={d.id} className={['bk-chip', out && 'bk-chip--out'].filter(Boolean).join(' ')} title={out ? t('calendar.grid.outOfServiceHint') : undefined}>
              {d.code}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/**
 * Option or firm booking, said plainly: an option holds the desks 72 h unbilled, a firm booking
 * is billed and can be staffed. The submit button follows the choice.
 */
function BookingKindChoice({ asOption, onChange }: { asOption: boolean; onChange: (asOption: boolean) => void }) {
  const { t } = useTranslation('booking');
  const name = useId();
  const choice = (value: boolean, label: string, hint: string) => (
    <label className={['bk-kind__choice', asOption === value && 'bk-kind__choice--on'].filter(Boolean).join(' ')}>
      <input type="radio" name={name} checked={asOption === value} onChange={() => onChange(value)} />
      <span>
        <span className="bk-kind__label">{label}</span>
        <span className="field__hint">{hint}</span>
      </span>
    </label>
  );
  return (
    <fieldset className="bk-kind" data-testid="booking-kind">
      <legend className="field__label">{t('calendar.dialog.kind')}</legend>
      {choice(true, t('calendar.dialog.option'), t('calendar.dialog.optionHint'))}
      {choice(false, t('calendar.dialog.firm'), t('calendar.dialog.firmHint'))}
    </fieldset>
  );
}
