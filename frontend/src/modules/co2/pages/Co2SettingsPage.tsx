import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Card, ErrorMessage, Field, Input, PageHeader, Spinner, Textarea, fieldErrors, formatNumber, useToast } from '../../../ui';
import { useCo2Settings, useUpdateCo2Settings } from '../hooks/co2';
import { defaultsForm, settingsForm, settingsInput, type Settings, type SettingsForm } from '../settings-form';
import { FactorVersions } from '../components/FactorVersions';
import '../co2.css';

/** The operator's form for the three CO2 factors; the fixed ones are shown with their sources. */
export function Co2SettingsPage() {
  const { t } = useTranslation('co2');
  const settings = useCo2Settings();
  const s = settings.data?.co2Settings;
  return (
    <div className="co2-page co2-settings">
      <PageHeader eyebrow={<Link to="/co2">← {t('common.backToReport')}</Link>} title={t('settings.title')} subtitle={t('settings.subtitle')} />
      {settings.error && !s ? (
        <ErrorMessage error={settings.error} onRetry={() => void settings.refetch()} />
      ) : !s ? (
        <Spinner />
      ) : (
        <div className="co2-columns">
          <Card>
            <SettingsEditor settings={s} />
          </Card>
          <SettingsSources settings={s} />
          <FactorVersions />
        </div>
      )}
    </div>
  );
}

/** The three settable factors; saved values apply to the reports computed afterwards. */
function SettingsEditor({ settings: s }: { settings: Settings }) {
  const { t, i18n } = useTranslation('co2');
  const toast = useToast();
  const saving = useUpdateCo2Settings();
  const [form, setForm] = useState<SettingsForm>(() => settingsForm(s, i18n.language));
  const errors = fieldErrors(saving.error);
  const fieldError = (key: string) => (errors[key] ?? errors[`input.${key}`] ? t('settings.invalid') : undefined);
  const set = (key: keyof SettingsForm) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setForm({ ...form, [key]: e.target.value });
  const defaultHint = (value: number, digits: number) => t('settings.defaultValue', { value: formatNumber(value, digits) });

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (await saving.save(settingsInput(form))) toast.success(t('settings.saved'));
  };

  return (
    <form className="form-grid" onSubmit={submit} noValidate>
      <Field label={t('settings.referenceKitKg')} hint={defaultHint(s.defaultReferenceKitKg, 1)} error={fieldError('referenceKitKg')}>
        <Input inputMode="decimal" value={form.referenceKitKg} onChange={set('referenceKitKg')} />
      </Field>
      <Field label={t('settings.referenceKitSource')} hint={t('settings.referenceKitSourceHint')} error={fieldError('referenceKitSource')}>
        <Textarea rows={3} value={form.referenceKitSource} onChange={set('referenceKitSource')} />
      </Field>
      <Field label={t('settings.kitLifetimeYears')} hint={defaultHint(s.defaultKitLifetimeYears, 1)} error={fieldError('kitLifetimeYears')}>
        <Input inputMode="decimal" value={form.kitLifetimeYears} onChange={set('kitLifetimeYears')} />
      </Field>
      <Field label={t('settings.refurbishedFactor')} hint={defaultHint(s.defaultRefurbishedFactor, 2)} error={fieldError('refurbishedFactor')}>
        <Input inputMode="decimal" value={form.refurbishedFactor} onChange={set('refurbishedFactor')} />
      </Field>
      {saving.error && !Object.keys(errors).length && <ErrorMessage error={saving.error} />}
      <div className="co2-actions">
        <Button type="submit" variant="primary" loading={saving.loading}>{t('settings.save')}</Button>
        <Button variant="ghost" onClick={() => setForm(defaultsForm(s, i18n.language))}>{t('settings.restore')}</Button>
      </div>
    </form>
  );
}

/** Where each factor in force comes from: the built-in wording for a default, the operator's otherwise. */
function SettingsSources({ settings: s }: { settings: Settings }) {
  const { t } = useTranslation('co2');
  return (
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
  );
}
