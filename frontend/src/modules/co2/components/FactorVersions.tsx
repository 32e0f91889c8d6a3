import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, ErrorMessage, Field, Input, Select, Spinner, TableWrap, Textarea, fieldErrors, formatDateTime, formatNumber, useToast } from '../../../ui';
import { useCo2Factors, useRecordFactor } from '../hooks/statements';

type Key = 'gridKgPerKwh' | 'kwhPerDeskDay';

/** The factors a statement issued now would use, every recorded version, and a new version of an electricity factor. */
export function FactorVersions() {
  const { t, i18n } = useTranslation('co2');
  const factors = useCo2Factors();
  const toast = useToast();
  const recording = useRecordFactor();
  const [form, setForm] = useState<{ key: Key; value: string; source: string }>({ key: 'gridKgPerKwh', value: '', source: '' });
  const errors = fieldErrors(recording.error);
  const data = factors.data;
  if (!data) return factors.error ? <ErrorMessage error={factors.error} /> : <Spinner />;
  const label = (key: string) => t(`statements.keys.${key}`, { defaultValue: key });
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (await recording.record({ key: form.key, value: Number(form.value.replace(',', '.')), source: form.source })) {
      toast.success(t('statements.recorded'));
      setForm({ ...form, value: '', source: '' });
    }
  };
  return (
    <Card title={t('statements.factors')}>
      <p>{t('statements.factorsHint')}</p>
      <dl className="co2-sources">
        {data.co2FactorsInForce.map((f) => (
          <div key={f.key}>
            <dt>{label(f.key)} — {formatNumber(f.value, 4, i18n.language)} ({f.versionId === null ? t('statements.builtIn') : t('statements.version', { id: f.versionId })})</dt>
            <dd>{f.source}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('statements.history')}</h3>
      {!data.co2FactorHistory.length ? (
        <p>{t('statements.noHistory')}</p>
      ) : (
        <TableWrap>
        <table className="table">
          <tbody>
            {data.co2FactorHistory.map((v) => (
              <tr key={v.id}><td>{t('statements.version', { id: v.id })}</td><td>{label(v.key)}</td><td>{formatNumber(v.value, 4, i18n.language)}</td><td>{v.source}</td><td>{formatDateTime(v.createdAt, i18n.language)}</td></tr>
            ))}
          </tbody>
        </table>
        </TableWrap>
      )}
      <form className="form-grid" onSubmit={submit} noValidate>
        <h3>{t('statements.newVersion')}</h3>
        <Field label={t('statements.key')}>
          <Select value={form.key} onChange={(e) => setForm({ ...form, key: e.target.value as Key })}>
            <option value="gridKgPerKwh">{label('gridKgPerKwh')}</option>
            <option value="kwhPerDeskDay">{label('kwhPerDeskDay')}</option>
          </Select>
        </Field>
        <Field label={t('statements.value')} error={errors.value || errors['input.value'] ? t('statements.invalid') : undefined}>
          <Input inputMode="decimal" value={form.value} onChange={(e) => setForm({ ...form, value: e.target.value })} />
        </Field>
        <Field label={t('statements.source')} error={errors.source ? errors.source : undefined}>
          <Textarea rows={2} value={form.source} onChange={(e) => setForm({ ...form, source: e.target.value })} />
        </Field>
        {recording.error && !Object.keys(errors).length && <ErrorMessage error={recording.error} />}
        <Button type="submit" variant="primary" loading={recording.loading}>{t('statements.record')}</Button>
      </form>
    </Card>
  );
}
