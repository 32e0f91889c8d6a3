import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, ErrorMessage, Field, IconButton, Input, fieldErrors, todayInParis, useToast } from '../../../ui';
import { checkContract, initialContractValues, MAX_CONTRACT_DESKS, nextTierKey, type ContractCheck, type ContractRow, type ContractValues, type TierDraft } from '../contract-form';
import { useSiteScope } from '../../../app/site-scope';
import { useCreateContract } from '../hooks/studios';
import { SiteChecks } from './SiteChecks';

/** A field's message: what the form found wrong (once submitted), else what the server refused. */
type ErrorOf = (wrong: boolean, serverField: string, message: string, serverMessage?: string) => string | undefined;

interface FieldsProps {
  values: ContractValues;
  set: <K extends keyof ContractValues>(key: K, value: ContractValues[K]) => void;
  check: ContractCheck;
  errorOf: ErrorOf;
  touched: boolean;
}

/**
 * A new DRAFT contract for a studio. Prefilled from its latest contract (a renewal starts the
 * day after it ends) so the common case is a couple of dates to check.
 */
export function ContractFormDialog({ studio, latest, onClose }: { studio: { id: string; name: string }; latest?: ContractRow; onClose: () => void }) {
  const { t } = useTranslation('booking');
  const toast = useToast();
  const [values, setValues] = useState(() => initialContractValues(latest, todayInParis()));
  const [touched, setTouched] = useState(false);
  const creating = useCreateContract();
  const server = fieldErrors(creating.error);
  const serverError = (field: string) => Object.keys(server).some((f) => f === field || f.startsWith(`${field}.`));
  const errorOf: ErrorOf = (wrong, serverField, message, serverMessage = message) =>
    touched && wrong ? message : serverError(serverField) ? serverMessage : undefined;
  const set: FieldsProps['set'] = (key, value) => setValues((v) => ({ ...v, [key]: value }));
  const check = checkContract(values);
  const fields: FieldsProps = { values, set, check, errorOf, touched };

  const { sites, several } = useSiteScope();
  const sitesMissing = several && values.siteIds.length === 0;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!check.input || sitesMissing) return;
    const created = await creating.create({ studioId: studio.id, ...check.input });
    if (!created) return;
    toast.success(t('contracts.form.done', { number: created.number }));
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
          <Button variant="primary" type="submit" form="contract-form" loading={creating.loading}>{t('contracts.form.submit')}</Button>
        </>
      }
    >
      <form id="contract-form" className="form-grid contract-form" onSubmit={submit} noValidate>
        <ContractTermsFields {...fields} />
        {several && <SiteChecks sites={sites} value={values.siteIds} onChange={(ids) => set('siteIds', ids)} missing={touched && sitesMissing} />}
        <TiersEditor {...fields} tiersWrong={(touched && check.problems.tiers) || serverError('volumeTiers')} />
        <ContractPolicyFields {...fields} />
        {creating.error && Object.keys(server).length === 0 && <ErrorMessage error={creating.error} />}
        {creating.error && Object.keys(server).length > 0 && <ErrorMessage error={creating.error} messages={creating.messages} compact />}
      </form>
    </Dialog>
  );
}

function Group({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="contract-form__group">
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}

/** Period, daily rate, most desks at a time. */
function ContractTermsFields({ values, set, check, errorOf }: FieldsProps) {
  const { t } = useTranslation('booking');
  const { problems } = check;
  return (
    <Group legend={t('contracts.form.period')}>
      <div className="form-row">
        <Field label={t('contracts.form.startDate')} required error={errorOf(!values.startDate, 'startDate', t('contracts.errors.date'))}>
          <Input type="date" value={values.startDate} onChange={(e) => set('startDate', e.target.value)} />
        </Field>
        <Field label={t('contracts.form.endDate')} required error={errorOf(problems.endDate || !values.endDate, 'endDate', t('contracts.errors.endDate'))}>
          <Input
            type="date"
            value={values.endDate}
            min={values.startDate || undefined}
            onChange={(e) => {
              // The certificate usually runs with the contract: keep them together until changed apart.
              if (values.insuranceExpiresOn === values.endDate) set('insuranceExpiresOn', e.target.value);
              set('endDate', e.target.value);
            }}
          />
        </Field>
      </div>
      <div className="form-row">
        <Field label={t('contracts.form.dailyRate')} hint={t('contracts.form.dailyRateHint')} required error={errorOf(problems.rate, 'dailyRateCents', t('contracts.form.invalidAmount'), t('contracts.errors.dailyRateCents'))}>
          <Input inputMode="decimal" value={values.rate} placeholder="45,00" onChange={(e) => set('rate', e.target.value)} />
        </Field>
        <Field label={t('contracts.form.maxDesks')} hint={t('contracts.form.maxDesksHint')} required error={errorOf(problems.maxDesks, 'maxDesks', t('contracts.errors.maxDesks'))}>
          <Input type="number" min={1} max={MAX_CONTRACT_DESKS} step={1} value={values.maxDesks} onChange={(e) => set('maxDesks', e.target.value)} />
        </Field>
      </div>
    </Group>
  );
}

/** Volume tiers: from so many desk-days in a month, a lower daily rate. */
function TiersEditor({ values, set, check, touched, tiersWrong }: FieldsProps & { tiersWrong: boolean }) {
  const { t } = useTranslation('booking');
  const { tiers } = values;
  const change = (key: number, patch: Partial<TierDraft>) => set('tiers', tiers.map((x) => (x.key === key ? { ...x, ...patch } : x)));
  return (
    <Group legend={t('contracts.form.tiers')}>
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
                aria-invalid={touched && (check.tiers[index]!.fromDeskDays ?? 0) < 1 ? true : undefined}
                onChange={(e) => change(tier.key, { from: e.target.value })}
              />
              <Input
                inputMode="decimal"
                value={tier.rate}
                placeholder="42,00"
                aria-label={`${t('contracts.form.tierRate')} (${index + 1})`}
                aria-invalid={touched && (check.tiers[index]!.dailyRateCents ?? 0) < 1 ? true : undefined}
                onChange={(e) => change(tier.key, { rate: e.target.value })}
              />
              <IconButton icon="x" label={t('contracts.form.removeTier')} onClick={() => set('tiers', tiers.filter((x) => x.key !== tier.key))} />
            </div>
          ))}
        </div>
      )}
      {tiersWrong && <div className="field__error">{t('contracts.errors.volumeTiers')}</div>}
      <div>
        <Button size="sm" variant="secondary" icon="plus" onClick={() => set('tiers', [...tiers, { key: nextTierKey(tiers), from: '', rate: '' }])}>
          {t('contracts.form.addTier')}
        </Button>
      </div>
    </Group>
  );
}

/** Insurance certificate, and the cancellation terms. */
function ContractPolicyFields({ values, set, check, errorOf }: FieldsProps) {
  const { t } = useTranslation('booking');
  const { problems } = check;
  return (
    <>
      <Group legend={t('contracts.form.insurance')}>
        <div className="form-row">
          <Field label={t('contracts.form.insuranceRef')} hint={t('contracts.form.insuranceRefHint')} required error={errorOf(problems.insuranceRef, 'insurancePolicyRef', t('contracts.errors.insurancePolicyRef'))}>
            <Input value={values.insuranceRef} onChange={(e) => set('insuranceRef', e.target.value)} maxLength={120} autoComplete="off" />
          </Field>
          <Field label={t('contracts.form.insuranceExpiresOn')} hint={t('contracts.form.insuranceExpiresOnHint')} required error={errorOf(!values.insuranceExpiresOn, 'insuranceExpiresOn', t('contracts.errors.date'))}>
            <Input type="date" value={values.insuranceExpiresOn} onChange={(e) => set('insuranceExpiresOn', e.target.value)} />
          </Field>
        </div>
      </Group>
      <Group legend={t('contracts.form.cancellation')}>
        <div className="form-row">
          <Field label={t('contracts.form.noticeDays')} hint={t('contracts.form.noticeDaysHint')} error={errorOf(problems.notice, 'cancellationNoticeDays', t('contracts.errors.cancellationNoticeDays'))}>
            <Input type="number" min={0} max={365} step={1} value={values.noticeDays} onChange={(e) => set('noticeDays', e.target.value)} />
          </Field>
          <Field label={t('contracts.form.lateFeePct')} hint={t('contracts.form.lateFeePctHint')} error={errorOf(problems.fee, 'lateCancellationFeePct', t('contracts.errors.lateCancellationFeePct'))}>
            <Input type="number" min={0} max={100} step={1} value={values.lateFeePct} onChange={(e) => set('lateFeePct', e.target.value)} />
          </Field>
        </div>
      </Group>
    </>
  );
}
