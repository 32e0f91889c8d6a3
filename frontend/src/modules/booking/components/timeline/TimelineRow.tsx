import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../../ui';
import type { TimelineDay, TimelineRowModel } from '../../timeline/model';

export const cellId = (deskCode: string, date: string) => `tl-cell-${deskCode}-${date}`;

/**
 * One desk: its label (sticky), one cell per day, and its bookings drawn as bars over the
 * cells. Memoised: a selection change re-renders only the rows it touches.
 */
export const TimelineRow = memo(function TimelineRow({ row, rowIndex, days, selFrom, selTo, selFirst, selLast, activeCol }: {
  row: TimelineRowModel;
  rowIndex: number;
  days: TimelineDay[];
  /** Selected day columns of this row (-1 when the row is not selected). */
  selFrom: number;
  selTo: number;
  /** This row is the selection's top / bottom edge. */
  selFirst: boolean;
  selLast: boolean;
  /** The keyboard's cell in this row (-1 when elsewhere). */
  activeCol: number;
}) {
  const { t } = useTranslation('booking');
  const { desk } = row;
  const selected = selFrom >= 0;
  return (
    <div
      role="row"
      data-row-index={rowIndex}
      className={['tl-row', 'tl-row--desk', !desk.bookable && 'tl-row--out', selected && 'tl-row--selected'].filter(Boolean).join(' ')}
    >
      <div role="rowheader" className="tl-label" title={desk.bookable ? undefined : t('calendar.grid.outOfServiceHint')}>
        <span className="tl-label__code">{desk.code}</span>
        {!desk.bookable && (
          <span className="tl-label__out">
            <Icon name="wrench" size={13} />
            {t('calendar.grid.outOfService')}
          </span>
        )}
      </div>
      <TimelineCells row={row} days={days} selFrom={selFrom} selTo={selTo} activeCol={activeCol} />
      {row.bars.length > 0 && <TimelineBars bars={row.bars} />}
      {(selected || activeCol >= 0) && (
        <div className="tl-marks" aria-hidden="true">
          {selected && (
            <div
              className={['tl-sel', selFirst && 'tl-sel--first', selLast && 'tl-sel--last'].filter(Boolean).join(' ')}
              style={{ gridColumn: `${selFrom + 2} / ${selTo + 3}` }}
            />
          )}
          {activeCol >= 0 && <div className="tl-active" style={{ gridColumn: `${activeCol + 2} / span 1` }} />}
        </div>
      )}
    </div>
  );
});

/** One cell per day, each saying what it holds (for screen readers) and how it is shaded. */
function TimelineCells({ row, days, selFrom, selTo, activeCol }: { row: TimelineRowModel; days: TimelineDay[]; selFrom: number; selTo: number; activeCol: number }) {
  const { desk } = row;
  const selected = selFrom >= 0;
  return days.map((d, col) => {
    const inSelection = selected && col >= selFrom && col <= selTo;
    return (
      <div
        key={d.date}
        id={cellId(desk.code, d.date)}
        role="gridcell"
        data-desk={desk.code}
        data-day={d.date}
        data-col={col}
        aria-selected={inSelection}
        aria-disabled={desk.bookable ? undefined : true}
        aria-label={`${desk.code}, ${d.label} : ${row.cellStates[col]}`}
        className={[
          'tl-cell',
          d.weekend && 'tl-cell--weekend',
          d.closure && 'tl-cell--closure',
          d.today && 'tl-cell--today',
          d.past && 'tl-cell--past',
          d.date.endsWith('-01') && 'tl-cell--month-start',
          inSelection && 'tl-cell--selected',
          col === activeCol && 'tl-cell--active',
        ].filter(Boolean).join(' ')}
      />
    );
  });
}

/** The row's bookings drawn as bars over its cells (decorative: the cells carry the words). */
function TimelineBars({ bars }: { bars: TimelineRowModel['bars'] }) {
  const { t } = useTranslation('booking');
  return (
    <div className="tl-bars" aria-hidden="true">
      {bars.map((bar) => (
        <div
          key={bar.key}
          data-testid="booking-bar"
          data-status={bar.status}
          data-booking-id={bar.bookingId ?? undefined}
          title={bar.title}
          style={{ ...bar.style, gridColumn: `${bar.firstCol + 2} / ${bar.lastCol + 3}` }}
          className={[
            'tl-bar',
            `tl-bar--${bar.kind}`,
            bar.status === 'OPTION' && 'tl-bar--option',
            bar.cutStart && 'tl-bar--cut-start',
            bar.cutEnd && 'tl-bar--cut-end',
            bar.bookingId && 'tl-bar--link',
          ].filter(Boolean).join(' ')}
        >
          {bar.status === 'OPTION' && <span className="tl-bar__tag">{t('calendar.bar.option')}</span>}
          <span className="tl-bar__label">{bar.label}</span>
        </div>
      ))}
    </div>
  );
}

/** A zone's heading row (A, B, C, D), folding its desks away. */
export const ZoneRow = memo(function ZoneRow({ zone, count, outOfService, collapsed, onToggle }: {
  zone: string;
  count: number;
  outOfService: number;
  collapsed: boolean;
  onToggle: (zone: string) => void;
}) {
  const { t } = useTranslation('booking');
  return (
    <div role="row" className={['tl-row', 'tl-row--zone', collapsed && 'tl-row--collapsed'].filter(Boolean).join(' ')}>
      <div role="rowheader" className="tl-zone">
        <button
          type="button"
          className="tl-zone__toggle"
          aria-expanded={!collapsed}
          onClick={() => onToggle(zone)}
          onPointerDown={(e) => e.stopPropagation()}
        >
          <Icon name={collapsed ? 'chevronRight' : 'chevronDown'} size={15} />
          <span className="tl-zone__name">{t('calendar.grid.zone', { zone })}</span>
          <span className="tl-zone__count">
            {t('calendar.grid.zoneCount', { count })}
            {outOfService > 0 && ` · ${t('calendar.grid.zoneOut', { count: outOfService })}`}
          </span>
        </button>
      </div>
    </div>
  );
});
