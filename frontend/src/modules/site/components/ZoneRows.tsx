import { useTranslation } from 'react-i18next';
import { Button, IconButton, Input } from '../../../ui';
import { MAX_DESKS_PER_ZONE, nextZone, type ZoneDraft } from '../site-form';

/** The zones of a new site: a letter each (A, B…) and how many desks it holds. */
export function ZoneRows({ zones, onChange, invalid }: { zones: ZoneDraft[]; onChange: (zones: ZoneDraft[]) => void; invalid: boolean }) {
  const { t } = useTranslation('site');
  const next = nextZone(zones);
  const setDesks = (index: number, desks: string) => onChange(zones.map((z, i) => (i === index ? { ...z, desks } : z)));
  return (
    <fieldset className="zone-rows">
      <legend className="field__label">{t('sites.form.zones')}</legend>
      <ul>
        {zones.map((zone, index) => (
          <li key={zone.name} className="zone-rows__row">
            <label className="zone-rows__label" htmlFor={`zone-${zone.name}`}>{t('floorPlan.zone', { zone: zone.name })}</label>
            <Input
              id={`zone-${zone.name}`}
              inputMode="numeric"
              value={zone.desks}
              onChange={(e) => setDesks(index, e.target.value)}
              aria-invalid={invalid || undefined}
              aria-describedby="zone-rows-hint"
              className="zone-rows__count"
            />
            <span className="zone-rows__unit">{t('sites.form.desksUnit')}</span>
            {zones.length > 1 && (
              <IconButton icon="x" variant="ghost" label={t('sites.form.removeZone', { zone: zone.name })} onClick={() => onChange(zones.filter((_, i) => i !== index))} />
            )}
          </li>
        ))}
      </ul>
      {next && <Button size="sm" icon="plus" onClick={() => onChange([...zones, next])}>{t('sites.form.addZone', { zone: next.name })}</Button>}
      <div id="zone-rows-hint" className={invalid ? 'field__error' : 'field__hint'}>{t('sites.form.zonesHint', { max: MAX_DESKS_PER_ZONE })}</div>
    </fieldset>
  );
}
