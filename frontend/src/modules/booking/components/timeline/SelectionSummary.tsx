import { useTranslation } from 'react-i18next';
import { Button, IconButton, todayInParis } from '../../../../ui';
import { dayRangeParts } from '../../timeline/dates';
import type { DeskSelection } from '../../timeline/model';

/** Floats over the grid while a block is chosen: "4 postes × 5 jours", its days, and "Réserver…". */
export function SelectionSummary({ selection, onBook, onClear }: { selection: DeskSelection; onBook: () => void; onClear: () => void }) {
  const { t } = useTranslation('booking');
  const range = dayRangeParts(selection.from, selection.to, todayInParis());
  const out = selection.desks.filter((d) => !d.bookable).length;
  return (
    <div className="tl-summary" role="status" data-testid="selection-summary">
      <div className="tl-summary__text">
        <strong>
          {t('calendar.selection.size', {
            desks: t('calendar.selection.desks', { count: selection.desks.length }),
            days: t('calendar.selection.days', { count: selection.days }),
          })}
        </strong>
        <span className="tl-summary__when">
          {range.single ? t('calendar.when.on', { day: range.from }) : t('calendar.when.range', { from: range.from, to: range.to })}
          {out > 0 && <> · <span className="tl-summary__warn">{t('calendar.selection.outOfService', { count: out })}</span></>}
        </span>
      </div>
      <Button variant="primary" size="sm" icon="calendar" onClick={onBook}>{t('calendar.selection.book')}</Button>
      <IconButton icon="x" size="sm" label={t('calendar.selection.clear')} onClick={onClear} />
    </div>
  );
}
