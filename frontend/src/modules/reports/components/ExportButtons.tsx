import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSiteScope } from '../../../app/site-scope';
import { differenceInCalendarDays, parseISO } from 'date-fns';
import { Button, formatMonth } from '../../../ui';
import { useDownload } from '../../invoicing/download';
import '../reports.css';

/**
 * The bookings of [from, to] and the occupancy of its months, at the site shown or every site,
 * as CSV files that open right in a French spreadsheet. Downloads go through the same authenticated fetch as the invoices'.
 */
export function ExportButtons({ from, to, studioId }: { from: string; to: string; studioId?: string }) {
  const { t } = useTranslation('reports');
  const { download, busy } = useDownload();
  const labelId = useId();
  const { siteId } = useSiteScope();
  const scope = [studioId && `&studioId=${encodeURIComponent(studioId)}`, siteId && `&siteId=${encodeURIComponent(siteId)}`].filter(Boolean).join('');
  const [firstMonth, lastMonth] = [from.slice(0, 7), to.slice(0, 7)];
  // The export takes what the list shows: at most 366 days, in order.
  const span = differenceInCalendarDays(parseISO(to), parseISO(from));
  const disabled = !(span >= 0 && span <= 365);
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
    <div className="rp-exports" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="muted">{t('exports.label')}</span>
      {files.map((f) => (
        <Button key={f.key} size="sm" variant="ghost" icon="download" title={f.title} disabled={disabled} loading={busy === f.url} onClick={() => void download(f.url, f.name)}>
          {t(`exports.${f.key}`)}
        </Button>
      ))}
    </div>
  );
}
