import { forwardRef, Fragment, useCallback, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { columnAt, groupByZone, selectionOf, todayScrollLeft, visibleRows, type DeskSelection, type GridRect, type TimelineDay, type TimelineRowModel, type ZoneGroup } from '../../timeline/model';
import type { Cell } from '../../timeline/grid-selection';
import { cellId, TimelineRow, ZoneRow } from './TimelineRow';
import { TimelineHeader } from './TimelineHeader';
import { useGridSelection } from './useGridSelection';

/** Width of the desk column, px (kept in step with the CSS through --tl-label-w). */
const LABEL_WIDTH = 128;

export interface DeskTimelineHandle {
  clearSelection(): void;
}

interface DeskTimelineProps {
  rows: TimelineRowModel[];
  days: TimelineDay[];
  minColumnWidth: number;
  compact: boolean;
  onSelectionChange: (selection: DeskSelection | null) => void;
  onOpenSelection: (selection: DeskSelection) => void;
  onOpenBooking: (bookingId: string) => void;
}

/**
 * The resource timeline: desks as rows grouped by zone, days as columns, bookings as bars.
 * A block of desks × days is chosen by dragging (pointer events) or with the keyboard
 * (arrows, Shift+arrows, Enter, Escape); clicking a bar opens its booking.
 */
export const DeskTimeline = forwardRef<DeskTimelineHandle, DeskTimelineProps>(function DeskTimeline(props, ref) {
  const { rows, days, minColumnWidth, compact, onSelectionChange, onOpenSelection } = props;
  const { t } = useTranslation('booking');
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const scrollRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const zones = useMemo(() => groupByZone(rows), [rows]);
  const visible = useMemo(() => visibleRows(zones, collapsed), [zones, collapsed]);
  const describe = useCallback((rect: GridRect | null) => selectionOf(rect, visible, days), [visible, days]);

  const selection = useGridSelection({ rowCount: visible.length, colCount: days.length, onChange: (rect) => onSelectionChange(describe(rect)) });
  const { active } = selection;
  useImperativeHandle(ref, () => ({ clearSelection: selection.clear }), [selection.clear]);

  // Another period or another set of rows: the old block means nothing any more.
  const periodKey = days.length ? `${days[0]!.date}/${days.length}` : '';
  useEffect(() => selection.reset(), [periodKey, visible.length]); // eslint-disable-line react-hooks/exhaustive-deps
  useTodayInView(scrollRef, days, periodKey);
  const movedByKey = useKeyboardCellInView(active, visible, days);
  const onPointerDown = usePointerSelection({ gridRef, visible, days, selection, onOpenBooking: props.onOpenBooking });

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return; // a zone's fold button keeps its own keys
    if (e.key === 'Enter') {
      const chosen = describe(selection.commit());
      if (chosen) {
        e.preventDefault();
        onOpenSelection(chosen);
      }
    } else if (selection.handleKey(e.key, e.shiftKey)) {
      movedByKey.current = true;
      e.preventDefault();
    }
  };
  const onFocus = () => {
    if (active || !visible.length) return;
    selection.setActive({ row: 0, col: Math.max(0, days.findIndex((d) => d.today)) });
  };
  const toggleZone = useCallback((zone: string) => setCollapsed((current) => toggled(current, zone)), []);

  const style = { '--tl-cols': days.length, '--tl-col-min': `${minColumnWidth}px`, '--tl-label-w': `${LABEL_WIDTH}px` } as CSSProperties;
  const activeDesk = active ? visible[active.row] : undefined;
  const activeDay = active ? days[active.col] : undefined;
  return (
    <div className={['tl', compact && 'tl--compact'].filter(Boolean).join(' ')} style={style}>
      <div className="tl-scroll" ref={scrollRef}>
        <div
          ref={gridRef}
          role="grid"
          tabIndex={0}
          data-testid="desk-calendar"
          className="tl-grid"
          aria-label={t('calendar.grid.label')}
          aria-describedby="tl-keys"
          aria-multiselectable="true"
          aria-activedescendant={activeDesk && activeDay ? cellId(activeDesk.desk.code, activeDay.date) : undefined}
          onPointerDown={onPointerDown}
          onKeyDown={onKeyDown}
          onFocus={onFocus}
        >
          <TimelineHeader days={days} compact={compact} />
          <TimelineBody zones={zones} days={days} collapsed={collapsed} rect={selection.rect} active={active} onToggle={toggleZone} />
        </div>
      </div>
      <p id="tl-keys" className="tl-keys">{t('calendar.selection.keys')}</p>
    </div>
  );
});

function toggled(set: ReadonlySet<string>, zone: string): ReadonlySet<string> {
  const next = new Set(set);
  if (next.has(zone)) next.delete(zone);
  else next.add(zone);
  return next;
}

/** The zones and their desks' rows, each row told which of its cells are selected or active. */
function TimelineBody({ zones, days, collapsed, rect, active, onToggle }: {
  zones: ZoneGroup[];
  days: TimelineDay[];
  collapsed: ReadonlySet<string>;
  rect: GridRect | null;
  active: Cell | null;
  onToggle: (zone: string) => void;
}) {
  let index = 0;
  return (
    <div role="rowgroup" className="tl-body">
      {zones.map((z) => (
        <Fragment key={z.zone}>
          <ZoneRow zone={z.zone} count={z.rows.length} outOfService={z.rows.filter((r) => !r.desk.bookable).length} collapsed={collapsed.has(z.zone)} onToggle={onToggle} />
          {!collapsed.has(z.zone) &&
            z.rows.map((row) => {
              const rowIndex = index++;
              const inRows = rect !== null && rowIndex >= rect.rows[0] && rowIndex <= rect.rows[1];
              return (
                <TimelineRow
                  key={row.desk.id}
                  row={row}
                  rowIndex={rowIndex}
                  days={days}
                  selFrom={inRows ? rect.cols[0] : -1}
                  selTo={inRows ? rect.cols[1] : -1}
                  selFirst={inRows && rowIndex === rect.rows[0]}
                  selLast={inRows && rowIndex === rect.rows[1]}
                  activeCol={active && active.row === rowIndex ? active.col : -1}
                />
              );
            })}
        </Fragment>
      ))}
    </div>
  );
}

/** Brings today into view when a period opens (the quarter scrolls sideways), not on a refresh. */
function useTodayInView(scrollRef: RefObject<HTMLDivElement | null>, days: TimelineDay[], periodKey: string) {
  useLayoutEffect(() => {
    const scroller = scrollRef.current;
    if (scroller) scroller.scrollLeft = todayScrollLeft(days, scroller.scrollWidth, LABEL_WIDTH);
  }, [periodKey]); // eslint-disable-line react-hooks/exhaustive-deps
}

/**
 * The keyboard's cell stays in view (scroll-padding keeps it clear of the sticky parts); a
 * pointer's is under the pointer already, and scrolling then would move the grid under it.
 */
function useKeyboardCellInView(active: Cell | null, visible: TimelineRowModel[], days: TimelineDay[]) {
  const movedByKey = useRef(false);
  useEffect(() => {
    if (!active || !movedByKey.current) return;
    movedByKey.current = false;
    const row = visible[active.row];
    const day = days[active.col];
    if (row && day) document.getElementById(cellId(row.desk.code, day.date))?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [active]); // eslint-disable-line react-hooks/exhaustive-deps
  return movedByKey;
}

/** A press on a cell starts a drag (on a bookable desk) or, without moving, opens the bar under it. */
function usePointerSelection({ gridRef, visible, days, selection, onOpenBooking }: {
  gridRef: RefObject<HTMLDivElement | null>;
  visible: TimelineRowModel[];
  days: TimelineDay[];
  selection: ReturnType<typeof useGridSelection>;
  onOpenBooking: (bookingId: string) => void;
}) {
  const cellFromPoint = useCallback(
    (x: number, y: number): Cell | null => {
      const el = document.elementFromPoint(x, y) as HTMLElement | null;
      const rowEl = el?.closest<HTMLElement>('[data-row-index]');
      if (!el || !rowEl || !gridRef.current?.contains(rowEl)) return null;
      const cellEl = el.closest<HTMLElement>('[data-col]');
      const col = cellEl ? Number(cellEl.dataset.col) : columnAt(x, rowEl.getBoundingClientRect(), LABEL_WIDTH, days.length);
      return { row: Number(rowEl.dataset.rowIndex), col: Math.min(days.length - 1, Math.max(0, col)) };
    },
    [gridRef, days.length],
  );
  return (e: ReactPointerEvent<HTMLDivElement>) => {
    if (e.button !== 0 || !(e.target instanceof HTMLElement)) return;
    if (e.target.closest('.tl-label, .tl-zone, .tl-head')) return;
    const cell = cellFromPoint(e.clientX, e.clientY);
    if (!cell) return;
    const bookingId = e.target.closest<HTMLElement>('[data-booking-id]')?.dataset.bookingId ?? null;
    const selectable = visible[cell.row]?.desk.bookable ?? false;
    if (!selectable && !bookingId) return;
    const touch = e.pointerType === 'touch';
    if (!touch) e.preventDefault(); // a finger must still scroll the calendar
    gridRef.current?.focus({ preventScroll: true });
    selection.startDrag(cell, { selectable, touch, onClick: bookingId ? () => onOpenBooking(bookingId) : undefined, cellFromPoint });
  };
}
