import { useTranslation } from 'react-i18next';
import { Badge, Card, EmptyState, StatusPill, Table, formatKgCo2e, formatShortDate } from '../../../ui';
import { shortModel } from '../../kits/kit-format';
import type { Kit } from './DeskPanel';
import { STATE_TONE } from './desk-status';

/** Kits on no desk: what the operator can swap in when a desk's kit goes to maintenance. */
export function SpareKits({ kits }: { kits: readonly Kit[] }) {
  const { t } = useTranslation('site');
  const spares = kits.filter((k) => !k.desk && k.status !== 'RETIRED');
  return (
    <Card title={t('spares.title')} actions={<span className="muted">{t('spares.subtitle')}</span>} padded={false} className="spares-card">
      <Table
        dense
        caption={t('spares.title')}
        rows={spares}
        rowKey={(k) => k.id}
        empty={<EmptyState icon="monitor" title={t('spares.none')} />}
        columns={[
          { key: 'tag', header: t('desk.assetTag'), nowrap: true, render: (k) => <span className="mono"><strong>{k.assetTag}</strong></span> },
          { key: 'status', header: t('desk.status'), nowrap: true, render: (k) => <StatusPill tone={STATE_TONE[k.status]}>{t(`status.${k.status}`)}</StatusPill> },
          {
            key: 'ws',
            header: t('spares.workstation'),
            render: (k) => {
              const ws = k.components.find((c) => c.type === 'WORKSTATION');
              return ws ? (
                <span className="spares-card__ws">
                  {shortModel(ws.model)}
                  {ws.refurbished && <Badge tone="success">{t('desk.refurbished')}</Badge>}
                </span>
              ) : '—';
            },
          },
          { key: 'purchased', header: t('desk.purchasedOn'), nowrap: true, render: (k) => formatShortDate(k.purchasedOn) },
          { key: 'co2', header: t('desk.footprint'), align: 'right', nowrap: true, render: (k) => <span className="num">{formatKgCo2e(k.footprintKgCo2e)}</span> },
        ]}
      />
    </Card>
  );
}
