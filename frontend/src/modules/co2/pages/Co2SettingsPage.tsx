import { useEffect, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Card, ErrorMessage, Field, Input, PageHeader, Spinner, Textarea, fieldErrors, formatNumber, useToast } from '../../../ui';
import { Co2SettingsQuery, UpdateCo2SettingsMutation } from '../graphql/co2';
import '../co2.css';

interface Form {
  referenceKitKg: string;
  referenceKitSource: string;
  kitLifetimeYears: string;
  refurbishedFactor: string;
}

const parse = (s: string) => Number(s.replace(',', '.'));

/** The operator's form for the three CO2 factors; the fixed ones are shown with their sources. */
export function Co2SettingsPage() {
  const { t, i18n } = useTranslation('co2');
  // Decimal comma in French: what the operator sees is what they would type.
  const show = (v: number) => (i18n.language === 'en' ? String(v) : String(v).replace('.', ','));
  const toast = useToast();
  const settings = useQuery(Co2SettingsQuery);
  const s = settings.data?.co2Settings;
  const [form, setForm] = useState<Form | null>(null);
  const [save, saving] = useMutation(UpdateCo2SettingsMutation, {
    update(cache, { data }) {
      if (!data) return;
      cache.writeQuery({ query: Co2SettingsQuery, data: { __typename: 'Query', co2Settings: data.updateCo2Settings } });
      // Every report and projection computed before used the old factors.
      for (const fieldName of ['co2Report', 'co2Projection', 'co2ForBooking']) cache.evict({ id: 'ROOT_QUERY', fieldName });
      cache.gc();
    },
  });

  useEffect(() => {
    if (s && !form) {
      setForm({
        referenceKitKg: show(s.referenceKitKg),
        referenceKitSource: s.referenceKitSourceCustom ? s.referenceKitSource : '',
        kitLifetimeYears: show(s.kitLifetimeYears),
        refurbishedFactor: show(s.refurbishedFactor),
      });
    }
  }, [s, form]);

  if (settings.error && !s) return <ErrorMessage error={settings.error} onRetry={() => void settings.refetch()} />;
  if (!s || !form) return <Spinner />;
  const errors = fieldErrors(saving.error);
  const fieldError = (key: string) => (errors[key] ?? errors[`input.${key}`] ? t('settings.invalid') : undefined);
  const set = (key: keyof Form) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setForm({ ...form, [key]: e.target.value });

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    try {
      await save({
        variables: {
          input: {
            referenceKitKg: parse(form.referenceKitKg),
            referenceKitSource: form.referenceKitSource,
            kitLifetimeYears: parse(form.kitLifetimeYears),
            refurbishedFactor: parse(form.refurbishedFactor),
          },
        },
      });
      toast.success(t('settings.saved'));
    } catch {
      // shown by saving.error
    }
  };

  return (
    <div className="co2-page co2-settings">
      <PageHeader eyebrow={<Link to="/co2">← {t('common.backToReport')}</Link>} title={t('settings.title')} subtitle={t('settings.subtitle')} />
      <div className="co2-columns">
        <Card>
          <form className="form-grid" onSubmit={submit} noValidate>
            <Field label={t('settings.referenceKitKg')} hint={t('settings.defaultValue', { value: formatNumber(s.defaultReferenceKitKg, 1) })} error={fieldError('referenceKitKg')}>
              <Input inputMode="decimal" value={form.referenceKitKg} onChange={set('referenceKitKg')} />
            </Field>
            <Field label={t('settings.referenceKitSource')} hint={t('settings.referenceKitSourceHint')} error={fieldError('referenceKitSource')}>
              <Textarea rows={3} value={form.referenceKitSource} onChange={set('referenceKitSource')} />
            </Field>
            <Field label={t('settings.kitLifetimeYears')} hint={t('settings.defaultValue', { value: formatNumber(s.defaultKitLifetimeYears, 1) })} error={fieldError('kitLifetimeYears')}>
              <Input inputMode="decimal" value={form.kitLifetimeYears} onChange={set('kitLifetimeYears')} />
            </Field>
            <Field label={t('settings.refurbishedFactor')} hint={t('settings.defaultValue', { value: formatNumber(s.defaultRefurbishedFactor, 2) })} error={fieldError('refurbishedFactor')}>
              <Input inputMode="decimal" value={form.refurbishedFactor} onChange={set('refurbishedFactor')} />
            </Field>
            {saving.error && !Object.keys(errors).length && <ErrorMessage error={saving.error} />}
            <div className="co2-actions">
              <Button type="submit" variant="primary" loading={saving.loading}>{t('settings.save')}</Button>
              <Button
                variant="ghost"
                onClick={() => setForm({ referenceKitKg: show(s.defaultReferenceKitKg), referenceKitSource: '', kitLifetimeYears: show(s.defaultKitLifetimeYears), refurbishedFactor: show(s.defaultRefurbishedFactor) })}
              >
                {t('settings.restore')}
              </Button>
            </div>
          </form>
        </Card>
        <div className="co2-settings__side">
          <Card title={t('settings.currentSource')}>
            <dl className="co2-sources">
              <dt>{t('assumption.referenceKitKg.name')} — {formatNumber(s.referenceKitKg, 1)} kg</dt>
              <dd>{s.referenceKitSourceCustom || s.referenceKitKg !== s.defaultReferenceKitKg ? s.referenceKitSource : t('assumption.referenceKitKg.source')}</dd>
              <dt>{t('assumption.kitLifetimeYears.name')} — {formatNumber(s.kitLifetimeYears, 1)} {t('assumption.kitLifetimeYears.unit')}</dt>
              <dd>{s.kitLifetimeYears !== s.defaultKitLifetimeYears ? s.kitLifetimeSource : t('assumption.kitLifetimeYears.source')}</dd>
              <dt>{t('assumption.refurbishedFactor.name')} — {formatNumber(s.refurbishedFactor, 3)}</dt>
              <dd>{s.refurbishedFactor !== s.defaultRefurbishedFactor ? s.refurbishedFactorSource : t('assumption.refurbishedFactor.source')}</dd>
            </dl>
          </Card>
          <Card title={t('settings.fixed')}>
            <dl className="co2-sources">
              <dt>{t('settings.car')} — {formatNumber(s.carKgPerKm, 3)} kg CO₂e/km</dt>
              <dd>{t('assumption.carKgPerKm.source')}</dd>
              <dt>{t('settings.avoidedLifetime')} — {formatNumber(s.avoidedLifetimeYears, 1)} {t('assumption.avoidedLifetimeYears.unit')}</dt>
              <dd>{t('assumption.avoidedLifetimeYears.source')}</dd>
            </dl>
          </Card>
        </div>
      </div>
    </div>
  );
}
