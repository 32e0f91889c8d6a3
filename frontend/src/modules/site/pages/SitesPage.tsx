import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SITE_PARAM, useSiteScope, type SiteSummary } from '../../../app/site-scope';
import { Button, Card, EmptyState, PageHeader, Spinner, formatNumber } from '../../../ui';
import { CreateSiteDialog } from '../components/CreateSiteDialog';
import '../site.css';

/** The network operator's sites: each with its opening days and zones, and a new one. */
export function SitesPage() {
  const { t } = useTranslation('site');
  const { sites, loading } = useSiteScope();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title={t('sites.title')}
        subtitle={t('sites.subtitle', { count: sites.length, desks: sites.reduce((s, site) => s + site.deskCount, 0) })}
        actions={<Button variant="primary" icon="plus" onClick={() => setCreating(true)}>{t('sites.create')}</Button>}
      />
      {loading ? (
        <Spinner label={t('app:common.loading')} />
      ) : sites.length === 0 ? (
        <EmptyState icon="building" title={t('sites.empty')} />
      ) : (
        <ul className="site-cards">
          {sites.map((site) => <SiteCard key={site.id} site={site} />)}
        </ul>
      )}
      {creating && <CreateSiteDialog onClose={() => setCreating(false)} onCreated={() => setCreating(false)} />}
    </>
  );
}

function SiteCard({ site }: { site: SiteSummary }) {
  const { t } = useTranslation('site');
  const link = (path: string) => `${path}?${SITE_PARAM}=${encodeURIComponent(site.id)}`;
  const days = site.openWeekdays.map((d) => t(`sites.weekdays.${d}`)).join(', ');
  return (
    <li>
      <Card title={site.name} className="site-card">
        <dl className="site-card__facts">
          <dt>{t('sites.address')}</dt>
          <dd>{site.address}</dd>
          <dt>{t('sites.openDays')}</dt>
          <dd>{days} · {site.timezone}</dd>
          <dt>{t('sites.desks')}</dt>
          <dd>
            {t('sites.deskCount', { count: site.deskCount, area: formatNumber(site.areaSqm) })}
            {' · '}
            {site.zones.map((z) => t('sites.zoneCount', { zone: z.name, count: z.desks })).join(' · ')}
          </dd>
        </dl>
        <div className="site-card__links">
          <Link className="btn btn--secondary btn--sm" to={link('/calendar')}>{t('sites.openCalendar')}</Link>
          <Link className="btn btn--secondary btn--sm" to={link('/board')}>{t('sites.openBoard')}</Link>
          <Link className="btn btn--secondary btn--sm" to={link('/site/floor-plan')}>{t('sites.openPlan')}</Link>
        </div>
      </Card>
    </li>
  );
}
