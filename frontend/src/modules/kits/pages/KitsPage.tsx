import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { KitStatus } from '../../../gql/graphql';
import { Badge, Button, Card, EmptyState, ErrorMessage, Field, PageHeader, Select, Spinner, Stat, StatusPill, Table, formatKgCo2e, formatShortDate } from '../../../ui';
import { KitFormDialog } from '../components/KitFormDialog';
import { KIT_TONE } from '../components/tones';
import { KitInventoryQuery } from '../graphql/kits';
import '../kits.css';

type Place = 'all' | 'desk' | 'spare';
const STATUSES: KitStatus[] = ['OPERATIONAL', 'MAINTENANCE', 'RETIRED'];

/** The kit inventory, filtered by status and by where the kits are (on a desk, spare). */
export function KitsPage() {
  const { t } = useTranslation('kits');
  const navigate = useNavigate();
  const [status, setStatus] = useState<KitStatus | ''>('');
  const [place, setPlace] = useState<Place>('all');
  const [adding, setAdding] = useState(false);
  const all = useQuery(KitInventoryQuery, { variables: {} });
  const filtered = useQuery(KitInventoryQuery, {
    variables: { status: status || null, spare: place === 'all' ? null : place === 'spare' },
  });

  const stats = useMemo(() => {
    const kits = all.data?.kits ?? [];
    return {
      inService: kits.filter((k) => k.status !== 'RETIRED').length,
      onDesks: kits.filter((k) => k.desk).length,
      spares: kits.filter((k) => k.spare && k.status === 'OPERATIONAL').length,
      maintenance: kits.filter((k) => k.status === 'MAINTENANCE').length,
      retired: kits.filter((k) => k.status === 'RETIRED').length,
    };
  }, [all.data]);
  const rows = filtered.data?.kits ?? [];

  return (
    <div className="kits-page">
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        actions={<Button variant="primary" icon="plus" onClick={() => setAdding(true)}>{t('list.add')}</Button>}
      />
      {all.data && (
        <div className="stats">
          <Stat label={t('list.stats.inService')} value={stats.inService} />
          <Stat label={t('list.stats.onDesks')} value={stats.onDesks} />
          <Stat label={t('list.stats.spares')} value={stats.spares} tone={stats.spares ? 'success' : 'warning'} />
          <Stat label={t('list.stats.maintenance')} value={stats.maintenance} tone={stats.maintenance ? 'warning' : undefined} />
          <Stat label={t('list.stats.retired')} value={stats.retired} />
        </div>
      )}
      <Card
        padded={false}
        title={
          <div className="kits-filters">
            <Field label={t('list.filterStatus')}>
              <Select value={status} onChange={(e) => setStatus(e.target.value as KitStatus | '')}>
                <option value="">{t('list.all')}</option>
                {STATUSES.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
              </Select>
            </Field>
            <Field label={t('list.filterPlace')}>
              <Select value={place} onChange={(e) => setPlace(e.target.value as Place)}>
                <option value="all">{t('list.all')}</option>
                <option value="desk">{t('list.onDesk')}</option>
                <option value="spare">{t('list.spares')}</option>
              </Select>
            </Field>
          </div>
        }
      >
        {filtered.error && !filtered.data ? (
          <ErrorMessage error={filtered.error} onRetry={() => void filtered.refetch()} />
        ) : !filtered.data ? (
          <Spinner />
        ) : (
          <Table
            caption={t('list.title')}
            rows={rows}
            rowKey={(k) => k.id}
            onRowClick={(k) => navigate(`/kits/${k.id}`)}
            empty={<EmptyState icon="monitor" title={t('list.empty')} />}
            columns={[
              { key: 'tag', header: t('common.assetTag'), nowrap: true, render: (k) => <span className="mono"><strong>{k.assetTag}</strong></span> },
              { key: 'status', header: t('common.status'), nowrap: true, render: (k) => <StatusPill tone={KIT_TONE[k.status]}>{t(`status.${k.status}`)}</StatusPill> },
              {
                key: 'place',
                header: t('list.place'),
                nowrap: true,
                render: (k) => (k.desk ? t('common.desk', { code: k.desk.code }) : k.status === 'RETIRED' ? <span className="muted">{t('common.none')}</span> : <Badge tone="accent">{t('common.spare')}</Badge>),
              },
              {
                key: 'ws',
                header: t('list.workstation'),
                render: (k) => {
                  const ws = k.components.find((c) => c.type === 'WORKSTATION');
                  return (
                    <span className="kits-ws">
                      {ws ? ws.model.replace(/\s*\(.*\)$/, '') : <span className="muted">{t('common.none')}</span>}
                      {k.components.some((c) => c.refurbished) && <Badge tone="success">{t('common.refurbished')}</Badge>}
                    </span>
                  );
                },
              },
              { key: 'purchased', header: t('common.purchasedOn'), nowrap: true, render: (k) => formatShortDate(k.purchasedOn) },
              { key: 'co2', header: t('common.footprint'), align: 'right', nowrap: true, render: (k) => <span className="num" title={t('common.footprintHint')}>{formatKgCo2e(k.footprintKgCo2e)}</span> },
            ]}
          />
        )}
      </Card>
      {adding && <KitFormDialog onClose={() => setAdding(false)} />}
    </div>
  );
}
