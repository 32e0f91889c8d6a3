import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

export interface Cell {
  row: number;
  col: number;
}

/** Inclusive row and column bounds of the chosen block. */
export interface GridRect {
  rows: [number, number];
  cols: [number, number];
}

interface DragOptions {
  /** False on a desk out of service: a press there only opens the bar under it. */
  selectable: boolean;
  /** What a press that does not move does (open the booking under it). */
  onClick?: () => void;
  cellFromPoint: (x: number, y: number) => Cell | null;
}

const same = (a: Cell | null, b: Cell | null) => a === b || (!!a && !!b && a.row === b.row && a.col === b.col);
const clamp = (n: number, max: number) => Math.min(max, Math.max(0, n));

/**
 * The block of cells between an anchor and the active cell, driven by a pointer drag or by
 * the keyboard (arrows move, Shift+arrows extend, Home/End, Escape clears).
 */
export function useGridSelection({ rowCount, colCount, onChange }: { rowCount: number; colCount: number; onChange: (rect: GridRect | null) => void }) {
  const [anchor, setAnchor] = useState<Cell | null>(null);
  const [active, setActiveCell] = useState<Cell | null>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  const rect = useMemo<GridRect | null>(() => {
    if (!anchor || !active || anchor.row >= rowCount || active.row >= rowCount || anchor.col >= colCount || active.col >= colCount) return null;
    return {
      rows: [Math.min(anchor.row, active.row), Math.max(anchor.row, active.row)],
      cols: [Math.min(anchor.col, active.col), Math.max(anchor.col, active.col)],
    };
  }, [anchor, active, rowCount, colCount]);

  const rectKey = rect ? `${rect.rows.join(':')}/${rect.cols.join(':')}` : '';
  useEffect(() => {
    onChangeRef.current(rect);
  }, [rectKey]); // eslint-disable-line react-hooks/exhaustive-deps

  const clear = useCallback(() => setAnchor(null), []);
  const reset = useCallback(() => {
    setAnchor(null);
    setActiveCell(null);
  }, []);
  const setActive = useCallback((cell: Cell) => setActiveCell(cell), []);

  const startDrag = useCallback((start: Cell, options: DragOptions) => {
    let last = start;
    let moved = false;
    if (options.selectable) {
      setAnchor(start);
      setActiveCell(start);
    }
    const move = (e: PointerEvent) => {
      const cell = options.cellFromPoint(e.clientX, e.clientY);
      if (!cell || same(cell, last)) return;
      last = cell;
      moved = true;
      if (options.selectable) setActiveCell(cell);
    };
    const up = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', up);
      if (!moved && options.onClick) {
        setAnchor(null);
        options.onClick();
      }
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', up);
  }, []);

  /** Handles a key of the grid; true when it was one of ours. */
  const handleKey = useCallback(
    (key: string, shift: boolean): boolean => {
      if (key === 'Escape') {
        if (!anchor) return false;
        setAnchor(null);
        return true;
      }
      const moves: Record<string, (c: Cell) => Cell> = {
        ArrowLeft: (c) => ({ row: c.row, col: c.col - 1 }),
        ArrowRight: (c) => ({ row: c.row, col: c.col + 1 }),
        ArrowUp: (c) => ({ row: c.row - 1, col: c.col }),
        ArrowDown: (c) => ({ row: c.row + 1, col: c.col }),
        Home: (c) => ({ row: c.row, col: 0 }),
        End: (c) => ({ row: c.row, col: colCount - 1 }),
      };
      const step = moves[key];
      if (!step || !rowCount || !colCount) return false;
      const from = active ?? { row: 0, col: 0 };
      const raw = step(from);
      const next = { row: clamp(raw.row, rowCount - 1), col: clamp(raw.col, colCount - 1) };
      setActiveCell(next);
      setAnchor(shift ? (anchor ?? from) : next);
      return true;
    },
    [anchor, active, rowCount, colCount],
  );

  /** The block to book now: the selection, or the active cell alone. */
  const commit = useCallback((): GridRect | null => {
    if (rect) return rect;
    if (!active || active.row >= rowCount || active.col >= colCount) return null;
    setAnchor(active);
    return { rows: [active.row, active.row], cols: [active.col, active.col] };
  }, [rect, active, rowCount, colCount]);

  return { rect, active, clear, reset, setActive, startDrag, handleKey, commit };
}
