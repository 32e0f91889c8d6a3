import type { GridRect } from './model';

/** Pure rules of choosing a block of cells on the grid, by pointer or keyboard. */

export interface Cell {
  row: number;
  col: number;
}

export interface GridSize {
  rows: number;
  cols: number;
}

/** The block runs from `anchor` to `active` (the keyboard's cell); no anchor, no block. */
export interface SelectionState {
  anchor: Cell | null;
  active: Cell | null;
}

export const NO_SELECTION: SelectionState = { anchor: null, active: null };

export const sameCell = (a: Cell | null, b: Cell | null): boolean =>
  a === b || (!!a && !!b && a.row === b.row && a.col === b.col);

const clamp = (n: number, max: number) => Math.min(max, Math.max(0, n));
const inside = (c: Cell, size: GridSize) => c.row < size.rows && c.col < size.cols;

export function clampCell(cell: Cell, size: GridSize): Cell {
  return { row: clamp(cell.row, size.rows - 1), col: clamp(cell.col, size.cols - 1) };
}

/** The chosen block, or null (nothing chosen, or cells gone with a smaller grid). */
export function rectOf({ anchor, active }: SelectionState, size: GridSize): GridRect | null {
  if (!anchor || !active || !inside(anchor, size) || !inside(active, size)) return null;
  return {
    rows: [Math.min(anchor.row, active.row), Math.max(anchor.row, active.row)],
    cols: [Math.min(anchor.col, active.col), Math.max(anchor.col, active.col)],
  };
}

export const rectKey = (rect: GridRect | null): string => (rect ? `${rect.rows.join(':')}/${rect.cols.join(':')}` : '');

const MOVES: Record<string, (c: Cell, size: GridSize) => Cell> = {
  ArrowLeft: (c) => ({ row: c.row, col: c.col - 1 }),
  ArrowRight: (c) => ({ row: c.row, col: c.col + 1 }),
  ArrowUp: (c) => ({ row: c.row - 1, col: c.col }),
  ArrowDown: (c) => ({ row: c.row + 1, col: c.col }),
  Home: (c) => ({ row: c.row, col: 0 }),
  End: (c, size) => ({ row: c.row, col: size.cols - 1 }),
};

/**
 * The state after a key: arrows (and Home / End) move the active cell, clamped to the grid;
 * with Shift they extend the block from where it was anchored; Escape drops the block.
 * Null when the key is not one of the grid's (or there is nothing to do).
 */
export function afterKey(state: SelectionState, key: string, shift: boolean, size: GridSize): SelectionState | null {
  if (key === 'Escape') return state.anchor ? { anchor: null, active: state.active } : null;
  const move = MOVES[key];
  if (!move || !size.rows || !size.cols) return null;
  const from = state.active ?? { row: 0, col: 0 };
  const next = clampCell(move(from, size), size);
  return { active: next, anchor: shift ? (state.anchor ?? from) : next };
}

/** What Enter books: the block, or the active cell alone (which then becomes the block). */
export function commitBlock(state: SelectionState, size: GridSize): { rect: GridRect; state: SelectionState } | null {
  const rect = rectOf(state, size);
  if (rect) return { rect, state };
  const { active } = state;
  if (!active || !inside(active, size)) return null;
  return { rect: { rows: [active.row, active.row], cols: [active.col, active.col] }, state: { anchor: active, active } };
}

/**
 * A tap on a touch screen (no drag: the finger scrolls the calendar): the first tap chooses a
 * cell, a second tap elsewhere makes the block from that cell to it, the next tap starts anew.
 */
export function afterTap(state: SelectionState, cell: Cell): SelectionState {
  const single = state.anchor !== null && sameCell(state.anchor, state.active);
  if (single && !sameCell(state.anchor, cell)) return { anchor: state.anchor, active: cell };
  return { anchor: cell, active: cell };
}
