import type { Tone } from '../../../ui';

export type BoardStatus = 'FREE' | 'EXPECTED' | 'PRESENT' | 'LEFT' | 'NO_SHOW' | 'MAINTENANCE';

export const BOARD_STATUSES: BoardStatus[] = ['EXPECTED', 'PRESENT', 'LEFT', 'NO_SHOW', 'MAINTENANCE', 'FREE'];

export const STATUS_TONE: Record<BoardStatus, Tone> = {
  FREE: 'neutral',
  EXPECTED: 'info',
  PRESENT: 'success',
  LEFT: 'accent',
  NO_SHOW: 'danger',
  MAINTENANCE: 'warning',
};
