import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { addDays, addYears, format, parseISO } from 'date-fns';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, ErrorMessage, Field, IconButton, Input, fieldErrors, todayInParis, useToast } from '../../../ui';
import { CreateContractMutation } from '../graphql/studios';
import type { ContractRow } from './ContractList';

interface TierDraft {
  key: number;
  from: string;
  rate: string;
}

/**
 * A new DRAFT contract for a studio. Prefilled from its latest contract (a renewal starts the
 * day after it ends) so the common case is a couple of dates to check.
 */
export function ContractFormDialog({ studio, latest, onClose }: { studio: { id: string; name: string }; latest?: ContractRow; onClose: () => void }) {
  const { t } = useTranslation('booking');
  const toast = useToast();
  const defaults = initialValues(latest);
  const [startDate, setStartDate] = useState(defaults.startDate);
  const [endDate, setEndDate] = useState(defaults.endDate);
  const [rate, setRate] = useState(defaults.rate);
  const [maxDesks, setMaxDesks] = useState(defaults.maxDesks);
  const [tiers, setTiers] = useState<TierDraft[]>(defaults.tiers);
  const [insuranceRef, setInsuranceRef] = useState(defaults.insuranceRef);
  const [insuranceExpiresOn, setInsuranceExpiresOn] = useState(defaults.endDate);
  const [noticeDays, setNoticeDays] = useState(defaults.noticeDays);
  const [lateFeePct, setLateFeePct] = useState(defaults.lateFeePct);
  const [touched, setTouched] = useState(false);
  const [create, { loading, error }] = useMutation(CreateContractMutation, { refetchQueries: ['StudioDetail', 'StudioList'] });
  const server = fieldErrors(error);
  const serverError = (field: string) => Object.keys(server).some((f) => f === field || f.startsWith(`${field}.`));

  const rateCents = parseEuros(rate);
  const desks = parseWhole(maxDesks);
  const notice = noticeDays.trim() === '' ? null : parseWhole(noticeDays);
  const fee = lateFeePct.trim() === '' ? null : parseWhole(lateFeePct);
  const parsedTiers = tiers.map((tier) => ({ fromDeskDays: parseWhole(tier.from), dailyRateCents: parseEuros(tier.rate) }));
  const local = {
    endDate: Boolean(startDate && endDate && endDate < startDate),
    rate: rateCents === null || rateCents < 1,
    maxDesks: desks === null || desks < 1 || desks > 40,
    tiers: parsedTiers.some((p) => p.fromDeskDays === null || p.fromDeskDays < 1 || p.dailyRateCents === null || p.dailyRateCents < 1),
    notice: noticeDays.trim() !== '' && (notice === null || notice > 365),
    fee: lateFeePct.trim() !== '' && (fee === null || fee > 100),
    insuranceRef: insuranceRef.trim() === '',
    dates: !startDate || !endDate || !insuranceExpiresOn,
  };
  const invalid = Object.values(local).some(Boolean);
  const show = (flag: boolean, message: string) => (touched && flag ? message : undefined);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (invalid) return;
    const res = await create({
      variables: {
        input: {
          studioId: studio.id,
          startDate,
          endDate,
          dailyRateCents: rateCents!,
          maxDesks: desks!,
          volumeTiers: parsedTiers.map((p) => ({ fromDeskDays: p.fromDeskDays!, dailyRateCents: p.dailyRateCents! })),
          insurancePolicyRef: insuranceRef.trim(),
          insuranceExpiresOn,
          cancellationNoticeDays: notice,
          lateCancellationFeePct: fee,
        },
      },
    }).catch(() => null);
    if (!res?.data) return;
    toast.success(t('contracts.form.done', { number: res.data.createContract.number }));
    onClose();
  };

  return (
    <Dialog
      open
      onClose={onClose}
      size="lg"
      title={t('contracts.form.title', { studio: studio.name })}
      description={t('contracts.form.description')}
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>{t('app:common.cancel')}</Button>
          <Button variant="primary" type="submit" form="contract-form" loading={loading}>{t('contracts.form.submit')}</Button>
        </>
      }
    >
      <form id="contract-form" className="form-grid contract-form" onSubmit={submit} noValidate>
        <fieldset className="contract-form__group">
          <legend>{t('contracts.form.period')}</legend>
          <div className="form-row">
            <Field label={t('contracts.form.startDate')} required error={show(!startDate, t('contracts.errors.date')) ?? (serverError('startDate') ? t('contracts.errors.date') : undefined)}>
              <Input type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} />
            </Field>
            <Field label={t('contracts.form.endDate')} required error={show(local.endDate || !endDate, t('contracts.errors.endDate')) ?? (serverError('endDate') ? t('contracts.errors.endDate') : undefined)}>
              <Input
                type="date"
                value={endDate}
                min={startDate || undefined}
                onChange={(e) => {
                  // The certificate usually runs with the contract: keep them together until changed apart.
                  if (insuranceExpiresOn === endDate) setInsuranceExpiresOn(e.target.value);
                  setEndDate(e.target.value);
                }}
              />
            </Field>
          </div>
          <div className="form-row">
            <Field label={t('contracts.form.dailyRate')} hint={t('contracts.form.dailyRateHint')} required error={show(local.rate, t('contracts.form.invalidAmount')) ?? (serverError('dailyRateCents') ? t('contracts.errors.dailyRateCents') : undefined)}>
              <Input inputMode="decimal" value={rate} placeholder="45,00" onChange={(e) => setRate(e.target.value)} />
            </Field>
            <Field label={t('contracts.form.maxDesks')} hint={t('contracts.form.maxDesksHint')} required error={show(local.maxDesks, t('contracts.errors.maxDesks')) ?? (serverError('maxDesks') ? t('contracts.errors.maxDesks') : undefined)}>
              <Input type="number" min={1} max={40} step={1} value={maxDesks} onChange={(e) => setMaxDesks(e.target.value)} />
            </Field>
          </div>
        </fieldset>

        <fieldset className="contract-form__group">
          <legend>{t('contracts.form.tiers')}</legend>
          <p className="field__hint">{t('contracts.form.tiersHint')}</p>
          {tiers.length > 0 && (
            <div className="tiers-editor" role="group" aria-label={t('contracts.form.tiers')}>
              <div className="tiers-editor__head" aria-hidden="true">
                <span>{t('contracts.form.tierFrom')}</span>
                <span>{t('contracts.form.tierRate')}</span>
                <span />
              </div>
              {tiers.map((tier, index) => (
                <div key={tier.key} className="tiers-editor__row" data-testid="tier-row">
                  <Input
                    type="number"
                    min={1}
                    step={1}
                    value={tier.from}
                    aria-label={`${t('contracts.form.tierFrom')} (${index + 1})`}
                    aria-invalid={touched && (parsedTiers[index].fromDeskDays ?? 0) < 1 ? true : undefined}
                    onChange={(e) => setTiers((list) => list.map((x) => (x.key === tier.key ? { ...x, from: e.target.value } : x)))}
                  />
                  <Input
                    inputMode="decimal"
                    value={tier.rate}
                    placeholder="42,00"
                    aria-label={`${t('contracts.form.tierRate')} (${index + 1})`}
                    aria-invalid={touched && (parsedTiers[index].dailyRateCents ?? 0) < 1 ? true : undefined}
                    onChange={(e) => setTiers((list) => list.map((x) => (x.key === tier.key ? { ...x, rate: e.target.value } : x)))}
                  />
                  <IconButton icon="x" label={t('contracts.form.removeTier')} onClick={() => setTiers((list) => list.filter((x) => x.key !== tier.key))} />
                </div>
              ))}
            </div>
          )}
          {((touched && local.tiers) || serverError('volumeTiers')) && <div className="field__error">{t('contracts.errors.volumeTiers')}</div>}
          <div>
            <Button size="sm" variant="secondary" icon="plus" onClick={() => setTiers((list) => [...list, { key: nextKey(list), from: '', rate: '' }])}>
              {t('contracts.form.addTier')}
            </Button>
          </div>
        </fieldset>

        <fieldset className="contract-form__group">
          <legend>{t('contracts.form.insurance')}</legend>
          <div className="form-row">
            <Field label={t('contracts.form.insuranceRef')} hint={t('contracts.form.insuranceRefHint')} required error={show(local.insuranceRef, t('contracts.errors.insurancePolicyRef')) ?? (serverError('insurancePolicyRef') ? t('contracts.errors.insurancePolicyRef') : undefined)}>
              <Input value={insuranceRef} onChange={(e) => setInsuranceRef(e.target.value)} maxLength={120} autoComplete="off" />
            </Field>
            <Field label={t('contracts.form.insuranceExpiresOn')} hint={t('contracts.form.insuranceExpiresOnHint')} required error={show(!insuranceExpiresOn, t('contracts.errors.date')) ?? (serverError('insuranceExpiresOn') ? t('contracts.errors.date') : undefined)}>
              <Input type="date" value={insuranceExpiresOn} onChange={(e) => setInsuranceExpiresOn(e.target.value)} />
            </Field>
          </div>
        </fieldset>

        <fieldset className="contract-form__group">
          <legend>{t('contracts.form.cancellation')}</legend>
          <div className="form-row">
            <Field label={t('contracts.form.noticeDays')} hint={t('contracts.form.noticeDaysHint')} error={show(local.notice, t('contracts.errors.cancellationNoticeDays')) ?? (serverError('cancellationNoticeDays') ? t('contracts.errors.cancellationNoticeDays') : undefined)}>
              <Input type="number" min={0} max={365} step={1} value={noticeDays} onChange={(e) => setNoticeDays(e.target.value)} />
            </Field>
            <Field label={t('contracts.form.lateFeePct')} hint={t('contracts.form.lateFeePctHint')} error={show(local.fee, t('contracts.errors.lateCancellationFeePct')) ?? (serverError('lateCancellationFeePct') ? t('contracts.errors.lateCancellationFeePct') : undefined)}>
              <Input type="number" min={0} max={100} step={1} value={lateFeePct} onChange={(e) => setLateFeePct(e.target.value)} />
            </Field>
          </div>
        </fieldset>
        {error && Object.keys(server).length === 0 && <ErrorMessage error={error} />}
        {error && Object.keys(server).length > 0 && <ErrorMessage error={error} messages={{ BAD_USER_INPUT: t('contracts.errors.BAD_USER_INPUT') }} compact />}
      </form>
    </Dialog>
  );
}

function initialValues(latest?: ContractRow) {
  const today = todayInParis();
  const start = latest && latest.endDate >= today ? isoDay(addDays(parseISO(latest.endDate), 1)) : today;
  const end = isoDay(addDays(addYears(parseISO(start), 1), -1));
  return {
    startDate: start,
    endDate: end,
    rate: latest ? centsToText(latest.dailyRateCents) : '',
    maxDesks: latest ? String(latest.maxDesks) : '',
    tiers: (latest?.volumeTiers ?? []).map((tier, key) => ({ key, from: String(tier.fromDeskDays), rate: centsToText(tier.dailyRateCents) })),
    insuranceRef: latest?.insurancePolicyRef ?? '',
    noticeDays: String(latest?.cancellationNoticeDays ?? 14),
    lateFeePct: String(latest?.lateCancellationFeePct ?? 50),
  };
}

const isoDay = (d: Date) => format(d, 'yyyy-MM-dd');
const nextKey = (list: TierDraft[]) => list.reduce((m, x) => Math.max(m, x.key), -1) + 1;

/** 4500 → "45,00" (what a person types back). */
function centsToText(cents: number): string {
  return `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;
}

/** "45", "45,5", "45.50 €", "1 200,00" → cents; null when it is not an amount. Integer arithmetic only. */
export function parseEuros(text: string): number | null {
  const m = /^(\d{1,9})(?:[.,](\d{1,2}))?€?$/.exec(text.replace(/[\s\u00a0\u202f]/g, ''));
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

function parseWhole(text: string): number | null {
  return /^\d{1,7}$/.test(text.trim()) ? Number(text.trim()) : null;
}
