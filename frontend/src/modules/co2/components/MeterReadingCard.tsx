import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, ErrorMessage, Field, Input, Select, fieldErrors, useToast, SubmitHint, useSubmitHint } from '../../../ui';
import { useMeterReading } from '../hooks/statements';

/** Operator: a kit's electricity meter index; between two readings the kit's desk-days count what it measured. */
export function MeterReadingCard() {
  const { t } = useTranslation('co2');
  const toast = useToast();
  const meter = useMeterReading();
  const [form, setForm] = useState({ kitId: '', readOn: new Date().toISOString().slice(0, 10), kwh: '' });
  const errors = fieldErrors(meter.error);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (await meter.record({ kitId: form.kitId, readOn: form.readOn, kwh: Number(form.kwh.replace(',', '.')) })) {
      toast.success(t('statements.meterSaved'));
      setForm({ ...form, kwh: '' });
    }
  };
  const hint = useSubmitHint([[!form.kitId, t('statements.kit')]]);
  return (
    <Card title={t('statements.meter')}>
      <p>{t('statements.meterHint')}</p>
      <form className="form-grid" onSubmit={submit} noValidate>
        <Field label={t('statements.kit')}>
          <Select value={form.kitId} onChange={(e) => setForm({ ...form, kitId: e.target.value })}>
            <option value="">—</option>
            {meter.kits.map((k) => <option key={k.id} value={k.id}>{k.assetTag}</option>)}
          </Select>
        </Field>
        <Field label={t('statements.readOn')} error={errors.readOn || errors['input.readOn']}>
          <Input type="date" value={form.readOn} onChange={(e) => setForm({ ...form, readOn: e.target.value })} />
        </Field>
        <Field label={t('statements.kwh')} error={errors.kwh || errors['input.kwh']}>
          <Input inputMode="decimal" value={form.kwh} onChange={(e) => setForm({ ...form, kwh: e.target.value })} />
        </Field>
        {meter.error && !Object.keys(errors).length && <ErrorMessage error={meter.error} />}
        <Button type="submit" variant="primary" loading={meter.loading} {...hint.buttonProps}>{t('statements.meterSave')}</Button>
        <SubmitHint hint={hint} />
      </form>
    </Card>
  );
}
