import { useTranslation } from 'react-i18next';
import { Field, Input, Select } from '../../../ui';
import { PRESETS, type Period, type Preset } from '../period';

/** Period presets, custom dates and (operator) the studio the report is limited to. */
export function PeriodBar({ period, preset, onPreset, onDates, studios, studioId, onStudio }: {
  period: Period;
  preset: Preset;
  onPreset: (preset: Exclude<Preset, 'custom'>) => void;
  onDates: (period: Period) => void;
  /** Operator only: the studios to choose from. */
  studios?: Array<{ id: string; name: string }>;
  studioId?: string | null;
  onStudio?: (id: string | null) => void;
}) {
  const { t } = useTranslation('co2');
  return (
    <div className="co2-period no-print">
      <div className="co2-presets" role="group" aria-label={t('period.label')}>
        {PRESETS.map((p) => (
          <button key={p} type="button" className="co2-preset" aria-pressed={preset === p} onClick={() => onPreset(p as Exclude<Preset, 'custom'>)}>
            {t(`period.presets.${p}`)}
          </button>
        ))}
      </div>
      <div className="co2-period__dates">
        <Field label={t('period.from')}>
          <Input type="date" value={period.from} max={period.to} onChange={(e) => e.target.value && onDates({ ...period, from: e.target.value })} />
        </Field>
        <Field label={t('period.to')}>
          <Input type="date" value={period.to} min={period.from} onChange={(e) => e.target.value && onDates({ ...period, to: e.target.value })} />
        </Field>
        {studios && onStudio && (
          <Field label={t('period.studio')}>
            <Select value={studioId ?? ''} onChange={(e) => onStudio(e.target.value || null)}>
              <option value="">{t('period.allStudios')}</option>
              {studios.map((s) => (
                <option key={s.id} value={s.id}>{s.name}</option>
              ))}
            </Select>
          </Field>
        )}
      </div>
    </div>
  );
}
