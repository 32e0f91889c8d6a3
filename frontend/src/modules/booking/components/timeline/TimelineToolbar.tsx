import { useTranslation } from 'react-i18next';
import { Button, IconButton } from '../../../../ui';
import { periodLabel, ZOOMS, type Range, type Zoom } from '../../timeline/dates';

/** Previous / today / next, the period shown, and the zoom (2 weeks, month, quarter). */
export function TimelineToolbar({ zoom, range, onShift, onToday, onZoom, busy }: {
  zoom: Zoom;
  range: Range;
  onShift: (step: -1 | 1) => void;
  onToday: () => void;
  onZoom: (zoom: Zoom) => void;
  busy?: boolean;
}) {
  const { t } = useTranslation('booking');
  return (
    <div className="tl-toolbar">
      <div className="tl-toolbar__nav">
        <IconButton icon="chevronLeft" variant="secondary" label={t('calendar.nav.previous')} onClick={() => onShift(-1)} />
        <Button size="md" onClick={onToday}>{t('calendar.nav.today')}</Button>
        <IconButton icon="chevronRight" variant="secondary" label={t('calendar.nav.next')} onClick={() => onShift(1)} />
        <h2 className="tl-toolbar__period" aria-live="polite">
          {periodLabel(zoom, range)}
          {busy && <span className="spinner spinner--inline" aria-hidden="true" />}
        </h2>
      </div>
      <div className="segmented" role="group" aria-label={t('calendar.zoom.label')}>
        {ZOOMS.map((z) => (
          <button key={z} type="button" className="segmented__option" aria-pressed={z === zoom} onClick={() => onZoom(z)}>
            {t(`calendar.zoom.${z}`)}
          </button>
        ))}
      </div>
    </div>
  );
}
