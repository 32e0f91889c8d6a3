import { useTranslation } from 'react-i18next';
import { Button, formatMonth } from '../../../ui';
import { useDownload } from '../../invoicing/download';
import '../reports.css';

/**
 * The bookings of [from, to] and the occupancy of its months as CSV files that open right in
 * a French spreadsheet. Downloads go through the same authenticated fetch as the invoices'.
 */
export function ExportButtons({ from, to, studioId, disabled }: { from: string; to: string; studioId?: string; disabled?: boolean }) {
  const { t } = useTranslation('reports');
  const { download, busy } = useDownload();
  const scope = studioId ? `&studioId=${encodeURIComponent(studioId)}` : '';
  const [firstMonth, lastMonth] = [from.slice(0, 7), to.slice(0, 7)];
  const files = [
    { key: 'bookings', url: `/api/exports/bookings.csv?from=${from}&to=${to}${scope}`, name: `reservations-${from}-${to}.csv`, title: t('exports.bookingsTitle') },
    {
      key: 'occupancy',
      url: `/api/exports/occupancy.csv?from=${firstMonth}&to=${lastMonth}${scope}`,
      name: `occupation-${firstMonth}-${lastMonth}.csv`,
      title: t('exports.occupancyTitle', { from: formatMonth(firstMonth), to: formatMonth(lastMonth) }),
    },
  ] as const;
  return (
    <span className="rp-exports" role="group" aria-label={t('exports.label')}>
      {files.map((f) => (
        <Button key={f.key} size="sm" variant="ghost" icon="download" title={f.title} disabled={disabled} loading={busy === f.url} onClick={() => void download(f.url, f.name)}>
          {t(`exports.${f.key}`)}
        </Button>
      ))}
    </span>
  );
}
