import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, Dialog, ErrorMessage, Field, Input, Select, fieldErrors, useToast } from '../../../ui';
import { useCreateSite } from '../hooks/sites';
import { emptySiteDraft, siteFormProblems, siteInput, totalDesks, MAX_DESKS_PER_SITE, type SiteDraft, type SiteFormProblem } from '../site-form';
import { ZoneRows } from './ZoneRows';

/** Time zones a FLEX site may be in (the server accepts any IANA zone). */
const TIME_ZONES = ['Europe/Paris', 'Europe/Brussels', 'Europe/Luxembourg', 'Europe/Zurich', 'Europe/Madrid', 'Europe/Berlin', 'America/Montreal'];
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

/** The network operator opens a site: name, address, opening days and its zones of desks. */
export function CreateSiteDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation('site');
  const toast = useToast();
  const [draft, setDraft] = useState<SiteDraft>(emptySiteDraft);
  const [tried, setTried] = useState(false);
  const [create, { loading, error }] = useCreateSite();
  const fields = fieldErrors(error);
  const problems = tried ? siteFormProblems(draft) : [];
  const set = <K extends keyof SiteDraft>(key: K, value: SiteDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const toggleDay = (day: number) => set('openWeekdays', draft.openWeekdays.includes(day) ? draft.openWeekdays.filter((d) => d !== day) : [...draft.openWeekdays, day]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (siteFormProblems(draft).length) return;
    const res = await create({ variables: { input: siteInput(draft) } }).catch(() => null);
    if (!res?.data) return;
    toast.success(t('sites.form.done', { name: res.data.createSite.name, count: res.data.createSite.deskCount }));
    onCreated(res.data.createSite.id);
  };

  const problem = (key: SiteFormProblem) => problems.includes(key);
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('sites.form.title')}
      description={t('sites.form.description')}
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>{t('app:common.cancel')}</Button>
          <Button variant="primary" type="submit" form="site-form" loading={loading}>{t('sites.form.submit', { count: totalDesks(draft.zones) })}</Button>
        </>
      }
    >
      <form id="site-form" className="form-grid" onSubmit={submit} noValidate>
        <Field label={t('sites.form.name')} required error={problem('name') ? t('sites.form.required') : fields.name}>
          <Input value={draft.name} onChange={(e) => set('name', e.target.value)} autoFocus maxLength={200} />
        </Field>
        <Field label={t('sites.form.address')} required error={problem('address') ? t('sites.form.required') : fields.address}>
          <Input value={draft.address} onChange={(e) => set('address', e.target.value)} maxLength={300} />
        </Field>
        <Field label={t('sites.form.area')} required error={problem('areaSqm') ? t('sites.form.areaInvalid') : fields.areaSqm}>
          <Input inputMode="numeric" value={draft.areaSqm} onChange={(e) => set('areaSqm', e.target.value)} />
        </Field>
        <Field label={t('sites.form.timezone')} error={fields.timezone}>
          <Select value={draft.timezone} onChange={(e) => set('timezone', e.target.value)}>
            {TIME_ZONES.map((zone) => <option key={zone} value={zone}>{zone}</option>)}
          </Select>
        </Field>
        <fieldset className="weekday-picks">
          <legend className="field__label">{t('sites.form.openDays')}</legend>
          {WEEKDAYS.map((day) => (
            <Checkbox key={day} label={t(`sites.weekdays.${day}`)} checked={draft.openWeekdays.includes(day)} onChange={() => toggleDay(day)} />
          ))}
          {(problem('openWeekdays') || fields.openWeekdays) && <div className="field__error">{problem('openWeekdays') ? t('sites.form.openDaysMissing') : fields.openWeekdays}</div>}
        </fieldset>
        <ZoneRows zones={draft.zones} onChange={(zones) => set('zones', zones)} invalid={problem('zones') || problem('totalDesks')} />
        {problem('totalDesks') && <div className="field__error">{t('sites.form.tooManyDesks', { max: MAX_DESKS_PER_SITE })}</div>}
        <Checkbox label={t('sites.form.withKits')} checked={draft.withKits} onChange={(e) => set('withKits', e.target.checked)} />
        <Checkbox label={t('sites.form.frenchHolidays')} checked={draft.frenchHolidays} onChange={(e) => set('frenchHolidays', e.target.checked)} />
        {error && !Object.keys(fields).length && <ErrorMessage error={error} />}
      </form>
    </Dialog>
  );
}
