import { todayInParis } from '../../ui';

/** 'YYYY-MM' shifted by whole months. */
export function addMonths(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export const currentMonth = () => todayInParis().slice(0, 7);

export const isMonth = (value: string | null): value is string => !!value && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);

/** Last day of a 'YYYY-MM' month, as 'YYYY-MM-DD'. */
export function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** The month still has days to come in Europe/Paris (today is on or before its last day). */
export const monthNotOver = (month: string, today = todayInParis()) => today <= lastDayOf(month);
