import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { afterKey, afterTap, commitBlock, NO_SELECTION, rectKey, rectOf, sameCell, type Cell, type SelectionState } from '../../timeline/grid-selection';
import type { GridRect } from '../../timeline/model';

export type { Cell } from '../../timeline/grid-selection';

interface DragOptions {
  /** False on a desk out of service: a press there only opens the bar under it. */
  selectable: boolean;
  /** What a press that does not move does (open the booking under it). */
  onClick?: () => void;
  /** A finger: a tap chooses (afterTap), a drag scrolls and chooses nothing. */
  touch?: boolean;
  cellFromPoint: (x: number, y: number) => Cell | null;
}

/**
 * The block of cells between an anchor and the active cell, driven by a pointer drag or by
 * the keyboard (arrows move, Shift+arrows extend, Home/End, Escape clears); the rules are
 * in timeline/grid-selection.ts.
 */
export function useGridSelection({ rowCount, colCount, onChange }: { rowCount: number; colCount: number; onChange: (rect: GridRect | null) => void }) {
  const [state, setState] = useState<SelectionState>(NO_SELECTION);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const size = useMemo(() => ({ rows: rowCount, cols: colCount }), [rowCount, colCount]);
  const rect = useMemo(() => rectOf(state, size), [state, size]);

  const key = rectKey(rect);
  useEffect(() => {
    onChangeRef.current(rect);
  }, [key]); // eslint-disable-line react-hooks/exhaustive-deps

  const clear = useCallback(() => setState((s) => ({ ...s, anchor: null })), []);
  const reset = useCallback(() => setState(NO_SELECTION), []);
  const setActive = useCallback((cell: Cell) => setState((s) => ({ ...s, active: cell })), []);
  const startDrag = useCallback((start: Cell, options: DragOptions) => followPointer(start, options, setState), []);

  /** Handles a key of the grid; true when it was one of ours. */
  const handleKey = useCallback(
    (pressed: string, shift: boolean): boolean => {
      const next = afterKey(state, pressed, shift, size);
      if (next) setState(next);
      return next !== null;
    },
    [state, size],
  );

  /** The block to book now: the selection, or the active cell alone. */
  const commit = useCallback((): GridRect | null => {
    const done = commitBlock(state, size);
    if (done) setState(done.state);
    return done?.rect ?? null;
  }, [state, size]);

  return { rect, active: state.active, clear, reset, setActive, startDrag, handleKey, commit };
}

/** A press on the grid: a drag extends the block until release; a press that stays put is a click. */
function followPointer(start: Cell, options: DragOptions, setState: (update: (s: SelectionState) => SelectionState) => void) {
  if (options.touch) return followTap(start, options, setState);
  let last = start;
  let moved = false;
  if (options.selectable) setState(() => ({ anchor: start, active: start }));
  const move = (e: PointerEvent) => {
    const cell = options.cellFromPoint(e.clientX, e.clientY);
    if (!cell || sameCell(cell, last)) return;
    last = cell;
    moved = true;
    if (options.selectable) setState((s) => ({ ...s, active: cell }));
  };
  const up = () => {
    window.removeEventListener('pointermove', move);
    window.removeEventListener('pointerup', up);
    window.removeEventListener('pointercancel', up);
    if (!moved && options.onClick) {
      setState((s) => ({ ...s, anchor: null }));
      options.onClick();
    }
  };
  window.addEventListener('pointermove', move);
  window.addEventListener('pointerup', up);
  window.addEventListener('pointercancel', up);
}

/** A finger on the grid: released where it went down, it is a tap; cancelled (the page scrolled), nothing. */
function followTap(start: Cell, options: DragOptions, setState: (update: (s: SelectionState) => SelectionState) => void) {
  const done = (e: PointerEvent) => {
    window.removeEventListener('pointerup', done);
    window.removeEventListener('pointercancel', done);
    if (e.type !== 'pointerup') return;
    const cell = options.cellFromPoint(e.clientX, e.clientY);
    if (!cell || !sameCell(cell, start)) return;
    if (options.onClick) options.onClick();
    else if (options.selectable) setState((s) => afterTap(s, start));
  };
  window.addEventListener('pointerup', done);
  window.addEventListener('pointercancel', done);
}
