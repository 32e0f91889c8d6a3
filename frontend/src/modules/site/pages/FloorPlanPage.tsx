import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSiteScope } from '../../../app/site-scope';
import { Card, ErrorMessage, PageHeader, Spinner, Stat } from '../../../ui';
import { DeskPanel, type Kit } from '../components/DeskPanel';
import { deskState, type Desk } from '../components/desk-status';
import { FloorPlan, ROOM } from '../components/FloorPlan';
import { SiteOverview } from '../components/SiteOverview';
import { SpareKits } from '../components/SpareKits';
import { useDesks, useSiteKits } from '../hooks/site';
import '../site.css';

export function FloorPlanPage() {
  const { t } = useTranslation('site');
  const desksResult = useDesks();
  const kitsResult = useSiteKits();
  const site = useSiteScope().current;
  const [selectedId, setSelectedId] = useState<string | null>(null);

  const desks = desksResult.data?.desks ?? [];
  const kits = kitsResult.data?.kits ?? [];
  const kitByDesk = useMemo(() => new Map<string, Kit>(kits.filter((k) => k.desk).map((k) => [k.desk!.id, k])), [kits]);
  const selected = desks.find((d) => d.id === selectedId);

  const counts = useMemo(() => {
    const c = { OPERATIONAL: 0, MAINTENANCE: 0, RETIRED: 0, NONE: 0, bookable: 0 };
    for (const d of desks) {
      c[deskState(d)] += 1;
      if (d.bookable) c.bookable += 1;
    }
    return c;
  }, [desks]);
  const spares = kits.filter((k) => !k.desk && k.status !== 'RETIRED').length;

  const describe = (desk: Desk) => t('floorPlan.deskLabel', { code: desk.code, zone: desk.zone, status: t(`status.${deskState(desk)}`) });
  const toggle = (desk: Desk) => setSelectedId((current) => (current === desk.id ? null : desk.id));

  return (
    <div className="floor-page">
      <PageHeader
        title={t('floorPlan.title')}
        subtitle={t('floorPlan.subtitle', { site: site?.name ?? '', area: site?.areaSqm ?? ROOM.width * ROOM.depth, count: desks.length || (site?.deskCount ?? 0) })}
      />

      {desksResult.error && !desksResult.data ? (
        <ErrorMessage error={desksResult.error} onRetry={() => void desksResult.refetch()} />
      ) : !desksResult.data ? (
        <Spinner />
      ) : (
        <>
          <div className="stats">
            <Stat label={t('stats.desks')} value={desks.length} hint={`${counts.bookable} ${t('stats.bookable')}`} />
            <Stat label={t('stats.operational')} value={counts.OPERATIONAL} tone="success" />
            <Stat label={t('stats.maintenance')} value={counts.MAINTENANCE} tone={counts.MAINTENANCE ? 'warning' : undefined} />
            <Stat label={t('stats.outOfService')} value={desks.length - counts.bookable} tone={desks.length - counts.bookable ? 'danger' : undefined} />
            <Stat label={t('stats.spares')} value={kitsResult.data ? spares : '…'} />
          </div>
          <div className={['floor-layout', selected && 'floor-layout--open'].filter(Boolean).join(' ')}>
            <div className="floor-main">
              <Card className="floor-card" padded={false}>
                <div className="floor-card__plan">
                  <FloorPlan desks={desks} selectedId={selectedId} onSelect={toggle} describe={describe} />
                </div>
              </Card>
              {kitsResult.data && <SpareKits kits={kits} />}
            </div>
            {selected ? (
              <DeskPanel desk={selected} kit={kitByDesk.get(selected.id)} onClose={() => setSelectedId(null)} />
            ) : (
              <SiteOverview desks={desks} />
            )}
          </div>
          {kitsResult.error && <ErrorMessage error={kitsResult.error} compact />}
        </>
      )}
    </div>
  );
}
