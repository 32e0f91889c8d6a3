import { describe, expect, it } from 'vitest';
import { afterKey, afterTap, clampCell, commitBlock, NO_SELECTION, rectOf, type SelectionState } from '../timeline/grid-selection';

const size = { rows: 10, cols: 14 };
/** Presses keys one after the other, as a person would. */
const press = (state: SelectionState, ...keys: string[]) =>
  keys.reduce((s, key) => {
    const shift = key.startsWith('Shift+');
    return afterKey(s, shift ? key.slice(6) : key, shift, size) ?? s;
  }, state);

describe('choosing a block with the keyboard', () => {
  it('moves the active cell with the arrows, each move a one-cell block', () => {
    const s = press(NO_SELECTION, 'ArrowRight', 'ArrowRight', 'ArrowDown');
    expect(s.active).toEqual({ row: 1, col: 2 });
    expect(rectOf(s, size)).toEqual({ rows: [1, 1], cols: [2, 2] });
  });

  it('extends the block with Shift + arrows from where it started', () => {
    const start = press(NO_SELECTION, 'ArrowDown', 'ArrowRight');
    const s = press(start, 'Shift+ArrowRight', 'Shift+ArrowRight', 'Shift+ArrowRight', 'Shift+ArrowDown');
    expect(rectOf(s, size)).toEqual({ rows: [1, 2], cols: [1, 4] });
    // Back over the anchor: the block turns around it.
    expect(rectOf(press(s, 'Shift+ArrowLeft', 'Shift+ArrowLeft', 'Shift+ArrowLeft', 'Shift+ArrowLeft', 'Shift+ArrowUp', 'Shift+ArrowUp'), size)).toEqual({ rows: [0, 1], cols: [0, 1] });
  });

  it('stays on the grid at its edges', () => {
    const s = press(NO_SELECTION, 'ArrowUp', 'ArrowLeft');
    expect(s.active).toEqual({ row: 0, col: 0 });
    expect(press(s, 'End').active).toEqual({ row: 0, col: 13 });
    expect(press(s, 'End', 'ArrowRight', 'Home').active).toEqual({ row: 0, col: 0 });
    expect(clampCell({ row: 42, col: -3 }, size)).toEqual({ row: 9, col: 0 });
  });

  it('drops the block on Escape but keeps the active cell; Escape with no block is not ours', () => {
    const s = press(NO_SELECTION, 'ArrowRight', 'Shift+ArrowRight');
    const dropped = afterKey(s, 'Escape', false, size)!;
    expect(rectOf(dropped, size)).toBeNull();
    expect(dropped.active).toEqual(s.active);
    expect(afterKey(dropped, 'Escape', false, size)).toBeNull();
  });

  it('leaves other keys (and an empty grid) alone', () => {
    expect(afterKey(NO_SELECTION, 'a', false, size)).toBeNull();
    expect(afterKey(NO_SELECTION, 'ArrowDown', false, { rows: 0, cols: 14 })).toBeNull();
  });
});

describe('what Enter books', () => {
  it('is the block chosen', () => {
    const s = press(NO_SELECTION, 'ArrowRight', 'Shift+ArrowDown');
    expect(commitBlock(s, size)?.rect).toEqual({ rows: [0, 1], cols: [1, 1] });
  });

  it('is the active cell alone when no block is chosen, which then becomes the block', () => {
    const s = afterKey(press(NO_SELECTION, 'ArrowDown', 'ArrowDown'), 'Escape', false, size)!;
    const done = commitBlock(s, size)!;
    expect(done.rect).toEqual({ rows: [2, 2], cols: [0, 0] });
    expect(rectOf(done.state, size)).toEqual(done.rect);
  });

  it('is nothing before any cell is active, or once the grid lost that cell', () => {
    expect(commitBlock(NO_SELECTION, size)).toBeNull();
    const far = press(NO_SELECTION, 'End');
    expect(commitBlock(far, { rows: 10, cols: 7 })).toBeNull();
    expect(rectOf(far, { rows: 10, cols: 7 })).toBeNull();
  });
});

describe('choosing a block by touch (tap, tap)', () => {
  it('makes the block from the first tapped cell to the second, then starts anew', () => {
    const first = afterTap(NO_SELECTION, { row: 2, col: 3 });
    expect(rectOf(first, size)).toEqual({ rows: [2, 2], cols: [3, 3] });
    const second = afterTap(first, { row: 4, col: 1 });
    expect(rectOf(second, size)).toEqual({ rows: [2, 4], cols: [1, 3] });
    const third = afterTap(second, { row: 0, col: 0 });
    expect(rectOf(third, size)).toEqual({ rows: [0, 0], cols: [0, 0] });
  });

  it('keeps a single cell when the same cell is tapped twice', () => {
    const once = afterTap(NO_SELECTION, { row: 1, col: 1 });
    expect(afterTap(once, { row: 1, col: 1 })).toEqual(once);
  });
});
