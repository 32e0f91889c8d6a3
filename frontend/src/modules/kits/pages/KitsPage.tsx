import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { KitInventoryQuery, KitStatus } from '../../../gql/graphql';
import { Badge, Button, Card, EmptyState, ErrorMessage, Field, PageHeader, Select, Spinner, Stat, StatusPill, Table, formatKgCo2e, formatShortDate, type Column } from '../../../ui';
import { KitFormDialog } from '../components/KitFormDialog';
import { KIT_TONE } from '../components/tones';
import { useKitInventory } from '../hooks/kits';
import { inventoryStats, workstationModel, type KitPlace } from '../kit-format';
import '../kits.css';

type Row = KitInventoryQuery['kits'][number];
const STATUSES: KitStatus[] = ['OPERATIONAL', 'MAINTENANCE', 'RETIRED'];

/** The kit inventory, filtered by status and by where the kits are (on a desk, spare). */
export function KitsPage() {
  const { t } = useTranslation('kits');
  const navigate = useNavigate();
  const [status, setStatus] = useState<KitStatus | ''>('');
  const [place, setPlace] = useState<KitPlace>('all');
  const [adding, setAdding] = useState(false);
  const all = useKitInventory();
  const filtered = useKitInventory({ status: status || null, spare: place === 'all' ? null : place === 'spare' });
  const columns = useKitColumns();

  return (
    <div className="kits-page">
      <PageHeader title={t('list.title')} subtitle={t('list.subtitle')} actions={<Button variant="primary" icon="plus" onClick={() => setAdding(true)}>{t('list.add')}</Button>} />
      {all.data && <InventoryStats kits={all.data.kits} />}
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
              <Select value={place} onChange={(e) => setPlace(e.target.value as KitPlace)}>
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
          <Table caption={t('list.title')} rows={filtered.data.kits} rowKey={(k) => k.id} onRowClick={(k) => navigate(`/kits/${k.id}`)} empty={<EmptyState icon="monitor" title={t('list.empty')} />} columns={columns} />
        )}
      </Card>
      {adding && <KitFormDialog onClose={() => setAdding(false)} />}
    </div>
  );
}

function InventoryStats({ kits }: { kits: readonly Row[] }) {
  const { t } = useTranslation('kits');
  const stats = useMemo(() => inventoryStats(kits), [kits]);
  return (
    <div className="stats">
      <Stat label={t('list.stats.inService')} value={stats.inService} />
      <Stat label={t('list.stats.onDesks')} value={stats.onDesks} />
      <Stat label={t('list.stats.spares')} value={stats.spares} tone={stats.spares ? 'success' : 'warning'} />
      <Stat label={t('list.stats.maintenance')} value={stats.maintenance} tone={stats.maintenance ? 'warning' : undefined} />
      <Stat label={t('list.stats.retired')} value={stats.retired} />
    </div>
  );
}

/** Asset tag, status, where it is, workstation, purchase date, footprint. */
function useKitColumns(): Array<Column<Row>> {
  const { t } = useTranslation('kits');
  return [
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
      render: (k) => (
        <span className="kits-ws">
          {workstationModel(k.components) ?? <span className="muted">{t('common.none')}</span>}
          {k.components.some((c) => c.refurbished) && <Badge tone="success">{t('common.refurbished')}</Badge>}
        </span>
      ),
    },
    { key: 'purchased', header: t('common.purchasedOn'), nowrap: true, render: (k) => formatShortDate(k.purchasedOn) },
    { key: 'co2', header: t('common.footprint'), align: 'right', nowrap: true, render: (k) => <span className="num" title={t('common.footprintHint')}>{formatKgCo2e(k.footprintKgCo2e)}</span> },
  ];
}
