import { useTranslation } from 'react-i18next';
import type { Co2ReportDetailQuery as ReportResult } from '../../../gql/graphql';
import { EmptyState, Table, formatNumber, formatShortDate } from '../../../ui';
import { columnFormatter, formatShare } from '../co2-format';

type Line = ReportResult['co2Report']['perStudio'][number];

/** One line per studio: its peak (machines it did not buy), desk-days, share of Studio FLEX's kits, net. */
export function StudiosTable({ lines, onOpen }: { lines: readonly Line[]; onOpen?: (studioId: string) => void }) {
  const { t } = useTranslation('co2');
  const kg = columnFormatter(lines.flatMap((l) => [l.grossAvoidedKg, l.flexFootprintKg, l.netAvoidedKg, l.conservativeNetAvoidedKg]));
  return (
    <Table
      caption={t('report.studios.title')}
      rows={lines}
      rowKey={(l) => l.studio.id}
      onRowClick={onOpen ? (l) => onOpen(l.studio.id) : undefined}
      empty={<EmptyState icon="leaf" title={t('report.studios.empty')} />}
      columns={[
        { key: 'studio', header: t('report.studios.studio'), render: (l) => <strong title={onOpen ? t('report.studios.open') : undefined}>{l.studio.name}</strong> },
        { key: 'machines', header: t('report.studios.machines'), align: 'right', nowrap: true, render: (l) => <span className="num">{formatNumber(l.machinesAvoided, 0)}</span> },
        { key: 'peak', header: t('report.studios.peak'), nowrap: true, render: (l) => (l.peakDate ? formatShortDate(l.peakDate) : '—') },
        { key: 'deskDays', header: t('report.studios.deskDays'), align: 'right', nowrap: true, render: (l) => <span className="num">{formatNumber(l.deskDays, 0)}</span> },
        { key: 'share', header: t('report.studios.share'), align: 'right', nowrap: true, render: (l) => <span className="num">{formatShare(l.share)}</span> },
        { key: 'gross', header: t('report.studios.gross'), align: 'right', nowrap: true, render: (l) => <span className="num">{kg(l.grossAvoidedKg)}</span> },
        { key: 'flex', header: t('report.studios.flex'), align: 'right', nowrap: true, render: (l) => <span className="num">{kg(l.flexFootprintKg)}</span> },
        { key: 'net', header: t('report.studios.net'), align: 'right', nowrap: true, render: (l) => <strong className="num">{kg(l.netAvoidedKg)}</strong> },
        { key: 'conservative', header: t('report.studios.conservative'), align: 'right', nowrap: true, render: (l) => <span className="num muted">{kg(l.conservativeNetAvoidedKg)}</span> },
      ]}
    />
  );
}
