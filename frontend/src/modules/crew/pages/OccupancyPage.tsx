import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card, EmptyState, ErrorMessage, formatMonth, formatNumber, IconButton, PageHeader, Spinner, Table, todayInParis, type Column } from '../../../ui';
import type { OccupancyQuery as Result } from '../../../gql/graphql';
import { occupancyTotal, shiftMonth } from '../crew-format';
import { useOccupancy } from '../hooks/crew';
import '../crew.css';

type Row = Result['occupancy'][number];

/** Booked desk-days beside desk-days actually used, per studio and month. */
export function OccupancyPage() {
  const { t } = useTranslation('crew');
  const [month, setMonth] = useState(todayInParis().slice(0, 7));
  const { data, loading, error, refetch } = useOccupancy(month);
  const rows = data?.occupancy ?? [];
  const total = occupancyTotal(rows);
  const rate = (value: number) => (
    <span className="rate">
      <span className="rate__bar" aria-hidden="true"><span style={{ width: `${Math.min(100, value * 100)}%` }} /></span>
      <span className="num">{formatNumber(value * 100, 0)} %</span>
    </span>
  );
  const columns: Array<Column<Row>> = [
    { key: 'studio', header: t('occupancy.columns.studio'), render: (r) => <strong>{r.studio.name}</strong> },
    { key: 'booked', header: t('occupancy.columns.booked'), render: (r) => r.bookedDeskDays, align: 'right' },
    { key: 'assigned', header: t('occupancy.columns.assigned'), render: (r) => r.assignedDeskDays, align: 'right' },
    { key: 'used', header: t('occupancy.columns.checkedIn'), render: (r) => r.checkedInDeskDays, align: 'right' },
    { key: 'noShow', header: t('occupancy.columns.noShow'), render: (r) => r.noShowDeskDays, align: 'right' },
    { key: 'rate', header: t('occupancy.columns.rate'), render: (r) => rate(r.rate), width: '220px' },
  ];
  return (
    <div className="crew-page">
      <PageHeader
        title={t('occupancy.title')}
        subtitle={t('occupancy.subtitle')}
        actions={
          <div className="board-page__nav">
            <IconButton icon="chevronLeft" variant="secondary" label={t('occupancy.previous')} onClick={() => setMonth(shiftMonth(month, -1))} />
            <span className="occupancy__month">{formatMonth(month)}</span>
            <IconButton icon="chevronRight" variant="secondary" label={t('occupancy.next')} onClick={() => setMonth(shiftMonth(month, 1))} />
          </div>
        }
      />
      <Card padded={false}>
        {error && !data ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : loading && !data ? <Spinner /> : (
          <>
            <Table columns={columns} rows={rows} rowKey={(r) => r.studio.id} caption={t('occupancy.title')} empty={<EmptyState icon="chart" title={t('occupancy.empty')} />} />
            {rows.length > 1 && (
              <div className="occupancy__total">
                <strong>{t('occupancy.total')}</strong>
                <span>{t('occupancy.columns.booked')} : {total.booked}</span>
                <span>{t('occupancy.columns.checkedIn')} : {total.used}</span>
                <span>{t('occupancy.columns.noShow')} : {total.noShow}</span>
                {rate(total.rate)}
              </div>
            )}
          </>
        )}
      </Card>
      <p className="muted">{t('occupancy.note')}</p>
    </div>
  );
}
