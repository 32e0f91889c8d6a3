import { forwardRef, Fragment, useCallback, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type PointerEvent as ReactPointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarDesk, DeskSelection, TimelineDay, TimelineRowModel } from './model';
import { cellId, TimelineRow, ZoneRow } from './TimelineRow';
import { TimelineHeader } from './TimelineHeader';
import { useGridSelection, type Cell } from './useGridSelection';

/** Width of the desk column, px (kept in step with the CSS through --tl-label-w). */
const LABEL_WIDTH = 128;

export interface DeskTimelineHandle {
  clearSelection(): void;
}

/**
 * The resource timeline: desks as rows grouped by zone, days as columns, bookings as bars.
 * A block of desks × days is chosen by dragging (pointer events) or with the keyboard
 * (arrows, Shift+arrows, Enter, Escape); clicking a bar opens its booking.
 */
export const DeskTimeline = forwardRef<DeskTimelineHandle, {
  rows: TimelineRowModel[];
  days: TimelineDay[];
  minColumnWidth: number;
  compact: boolean;
  onSelectionChange: (selection: DeskSelection | null) => void;
  onOpenSelection: (selection: DeskSelection) => void;
  onOpenBooking: (bookingId: string) => void;
}>(function DeskTimeline({ rows, days, minColumnWidth, compact, onSelectionChange, onOpenSelection, onOpenBooking }, ref) {
  const { t } = useTranslation('booking');
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const scrollRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);

  const zones = useMemo(() => groupByZone(rows), [rows]);
  const visible = useMemo(() => zones.flatMap((z) => (collapsed.has(z.zone) ? [] : z.rows)), [zones, collapsed]);

  const describe = useCallback(
    (rect: { rows: [number, number]; cols: [number, number] } | null): DeskSelection | null => {
      if (!rect || !visible.length || !days.length) return null;
      const desks: CalendarDesk[] = visible.slice(rect.rows[0], rect.rows[1] + 1).map((r) => r.desk);
      return { desks, from: days[rect.cols[0]]!.date, to: days[rect.cols[1]]!.date, days: rect.cols[1] - rect.cols[0] + 1 };
    },
    [visible, days],
  );

  const selection = useGridSelection({
    rowCount: visible.length,
    colCount: days.length,
    onChange: (rect) => onSelectionChange(describe(rect)),
  });
  const { rect, active } = selection;

  useImperativeHandle(ref, () => ({ clearSelection: selection.clear }), [selection.clear]);

  // Another period or another set of rows: the old block means nothing any more.
  const periodKey = days.length ? `${days[0]!.date}/${days.length}` : '';
  useEffect(() => selection.reset(), [periodKey, visible.length]); // eslint-disable-line react-hooks/exhaustive-deps

  // Bring today into view when a period opens (the quarter scrolls sideways), not on a refresh.
  useLayoutEffect(() => {
    const scroller = scrollRef.current;
    const todayCol = days.findIndex((d) => d.today);
    if (!scroller) return;
    const columnWidth = (scroller.scrollWidth - LABEL_WIDTH) / Math.max(1, days.length);
    scroller.scrollLeft = todayCol > 2 ? (todayCol - 2) * columnWidth : 0;
  }, [periodKey]); // eslint-disable-line react-hooks/exhaustive-deps

  // The keyboard's cell stays in view (scroll-padding keeps it clear of the sticky parts);
  // a pointer's is under the pointer already, and scrolling then would move the grid under it.
  const movedByKey = useRef(false);
  useEffect(() => {
    if (!active || !movedByKey.current) return;
    movedByKey.current = false;
    const row = visible[active.row];
    const day = days[active.col];
    if (row && day) document.getElementById(cellId(row.desk.code, day.date))?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [active]); // eslint-disable-line react-hooks/exhaustive-deps

  const cellFromPoint = useCallback(
    (x: number, y: number): Cell | null => {
      const el = document.elementFromPoint(x, y) as HTMLElement | null;
      const rowEl = el?.closest<HTMLElement>('[data-row-index]');
      if (!el || !rowEl || !gridRef.current?.contains(rowEl)) return null;
      const row = Number(rowEl.dataset.rowIndex);
      const cellEl = el.closest<HTMLElement>('[data-col]');
      let col: number;
      if (cellEl) col = Number(cellEl.dataset.col);
      else {
        const box = rowEl.getBoundingClientRect();
        col = Math.floor((x - box.left - LABEL_WIDTH) / ((box.width - LABEL_WIDTH) / days.length));
      }
      return { row, col: Math.min(days.length - 1, Math.max(0, col)) };
    },
    [days.length],
  );

  const onPointerDown = (e: ReactPointerEvent<HTMLDivElement>) => {
    if (e.button !== 0 || !(e.target instanceof HTMLElement)) return;
    if (e.target.closest('.tl-label, .tl-zone, .tl-head')) return;
    const cell = cellFromPoint(e.clientX, e.clientY);
    if (!cell) return;
    const bookingId = e.target.closest<HTMLElement>('[data-booking-id]')?.dataset.bookingId ?? null;
    const selectable = visible[cell.row]?.desk.bookable ?? false;
    if (!selectable && !bookingId) return;
    e.preventDefault();
    gridRef.current?.focus({ preventScroll: true });
    selection.startDrag(cell, { selectable, onClick: bookingId ? () => onOpenBooking(bookingId) : undefined, cellFromPoint });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return; // a zone's fold button keeps its own keys
    if (e.key === 'Enter') {
      const chosen = describe(selection.commit());
      if (chosen) {
        e.preventDefault();
        onOpenSelection(chosen);
      }
      return;
    }
    if (selection.handleKey(e.key, e.shiftKey)) {
      movedByKey.current = true;
      e.preventDefault();
    }
  };

  const onFocus = () => {
    if (active || !visible.length) return;
    const todayCol = days.findIndex((d) => d.today);
    selection.setActive({ row: 0, col: Math.max(0, todayCol) });
  };

  const toggleZone = useCallback((zone: string) => {
    setCollapsed((current) => {
      const next = new Set(current);
      if (next.has(zone)) next.delete(zone);
      else next.add(zone);
      return next;
    });
  }, []);

  const style = { '--tl-cols': days.length, '--tl-col-min': `${minColumnWidth}px`, '--tl-label-w': `${LABEL_WIDTH}px` } as CSSProperties;
  const activeDesk = active ? visible[active.row] : undefined;
  const activeDay = active ? days[active.col] : undefined;
  let index = 0;

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
          <div role="rowgroup" className="tl-body">
            {zones.map((z) => (
              <Fragment key={z.zone}>
                <ZoneRow
                  zone={z.zone}
                  count={z.rows.length}
                  outOfService={z.rows.filter((r) => !r.desk.bookable).length}
                  collapsed={collapsed.has(z.zone)}
                  onToggle={toggleZone}
                />
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
        </div>
      </div>
      <p id="tl-keys" className="tl-keys">{t('calendar.selection.keys')}</p>
    </div>
  );
});

function groupByZone(rows: TimelineRowModel[]): Array<{ zone: string; rows: TimelineRowModel[] }> {
  const sorted = [...rows].sort((a, b) => a.desk.zone.localeCompare(b.desk.zone) || a.desk.code.localeCompare(b.desk.code, undefined, { numeric: true }));
  const out: Array<{ zone: string; rows: TimelineRowModel[] }> = [];
  for (const row of sorted) {
    const last = out[out.length - 1];
    if (last && last.zone === row.desk.zone) last.rows.push(row);
    else out.push({ zone: row.desk.zone, rows: [row] });
  }
  return out;
}
