import { useTranslation } from 'react-i18next';
import { Icon } from '../ui';
import type { SiteScope } from './modules';
import { shortSiteName, useSiteScope } from './site-scope';

/**
 * The site the page shows, in the top bar, when the caller sees several: one site for the
 * calendar, the board or the floor plan; one site or all of them for lists and reports.
 */
export function SitePicker({ scope }: { scope: SiteScope }) {
  const { t } = useTranslation('app');
  const { sites, several, current, chosen, setSite } = useSiteScope();
  if (!several) return null;
  const value = scope === 'many' ? (chosen?.id ?? '') : (current?.id ?? '');
  return (
    <label className="site-picker">
      <Icon name="map" size={16} />
      <span className="sr-only">{t('site.label')}</span>
      <select className="site-picker__select" value={value} onChange={(e) => setSite(e.target.value || undefined)} data-testid="site-picker">
        {scope === 'many' && <option value="">{t('site.all')}</option>}
        {sites.map((s) => (
          <option key={s.id} value={s.id}>{shortSiteName(s.name)}</option>
        ))}
      </select>
    </label>
  );
}
