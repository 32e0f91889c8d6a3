import { useTranslation } from 'react-i18next';
import { Icon } from '../../../ui';
import { deskState, type Desk } from './desk-status';

export function Legend() {
  const { t } = useTranslation('site');
  return (
    <ul className="legend" aria-label={t('legend.title')}>
      <li><span className="legend__swatch legend__swatch--operational" />{t('legend.OPERATIONAL')}</li>
      <li><span className="legend__swatch legend__swatch--maintenance" />{t('legend.MAINTENANCE')}</li>
      <li><span className="legend__swatch legend__swatch--none" />{t('legend.NONE')}</li>
      <li><span className="legend__swatch legend__swatch--blocked" />{t('legend.outOfService')}</li>
      <li><span className="legend__swatch legend__swatch--selected" />{t('legend.selected')}</li>
    </ul>
  );
}

/** Shown beside the plan while no desk is selected: what the colours mean and each zone's state. */
export function SiteOverview({ desks }: { desks: readonly Desk[] }) {
  const { t } = useTranslation('site');
  const zones = [...new Set(desks.map((d) => d.zone))].sort();
  return (
    <aside className="side-panel site-overview" aria-label={t('legend.title')}>
      <div className="side-panel__body">
        <div className="site-overview__hint">
          <Icon name="info" size={16} />
          <span>{t('floorPlan.hint')}</span>
        </div>
        <section>
          <h3 className="section-title">{t('legend.title')}</h3>
          <Legend />
        </section>
        <section>
          <h3 className="section-title">{t('overview.zones')}</h3>
          <ul className="zone-list">
            {zones.map((zone) => {
              const list = desks.filter((d) => d.zone === zone);
              const bookable = list.filter((d) => d.bookable).length;
              const maintenance = list.filter((d) => deskState(d) === 'MAINTENANCE').length;
              return (
                <li key={zone} className={`zone-row zone-row--${zone.toLowerCase()}`}>
                  <span className="zone-row__chip">{zone}</span>
                  <div className="zone-row__main">
                    <div className="zone-row__title">{t('floorPlan.zone', { zone })}</div>
                    <div className="zone-row__meta">
                      {t('overview.zoneDesks', { count: list.length })}
                      {maintenance > 0 && <> · <span className="zone-row__warn">{t('overview.inMaintenance', { count: maintenance })}</span></>}
                    </div>
                    <div className="zone-row__bar" aria-hidden="true">
                      <span style={{ width: `${(bookable / Math.max(1, list.length)) * 100}%` }} />
                    </div>
                  </div>
                  <span className="zone-row__count num">{bookable}/{list.length}</span>
                </li>
              );
            })}
          </ul>
        </section>
      </div>
    </aside>
  );
}
