import { useTranslation } from 'react-i18next';
import { shortSiteName, type SiteSummary } from '../../../app/site-scope';
import { Checkbox } from '../../../ui';

/** The sites a contract covers, one box each; `missing`: none ticked, said under the boxes. */
export function SiteChecks({ sites, value, onChange, missing }: { sites: readonly SiteSummary[]; value: readonly string[]; onChange: (ids: string[]) => void; missing: boolean }) {
  const { t } = useTranslation('booking');
  // Kept in the sites' order (first opened first), whatever the order of the clicks.
  const toggle = (id: string) => {
    const next = value.includes(id) ? value.filter((v) => v !== id) : [...value, id];
    onChange(sites.map((s) => s.id).filter((s) => next.includes(s)));
  };
  return (
    <fieldset className="site-checks" aria-describedby={missing ? 'site-checks-error' : undefined}>
      <legend className="field__label">{t('contracts.sites.legend')}</legend>
      {sites.map((s) => (
        <Checkbox key={s.id} label={shortSiteName(s.name)} checked={value.includes(s.id)} onChange={() => toggle(s.id)} />
      ))}
      {missing && <div id="site-checks-error" className="field__error">{t('contracts.sites.missing')}</div>}
    </fieldset>
  );
}
