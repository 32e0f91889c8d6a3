import type { LocalDate } from '../../../common/time/dates.js';

const NBSP = '\u00a0';

/** 123450 → "1 234,50 €" (no-break spaces, so an amount never wraps). Integer arithmetic only. */
export function euros(cents: number, withSymbol = true): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const units = String((abs - (abs % 100)) / 100).replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  const value = `${sign}${units},${String(abs % 100).padStart(2, '0')}`;
  return withSymbol ? `${value}${NBSP}€` : value;
}

/** For the accountant's CSV: "1234,50" (decimal comma, no thousands separator). */
export function decimalComma(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${(abs - (abs % 100)) / 100},${String(abs % 100).padStart(2, '0')}`;
}

/** For XML: "1234.50". */
export function decimalPoint(cents: number): string {
  return decimalComma(cents).replace(',', '.');
}

/** "2026-03-02" → "02/03/2026". */
export const frenchDate = (d: LocalDate) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
/** "2026-03" → "mars 2026". */
export const frenchMonth = (month: string) => `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

/** "91234567500017" → "912 345 675 00017". */
export const formatSiret = (siret: string) => {
  const s = siret.replace(/\s+/g, '');
  return s.length === 14 ? `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6, 9)} ${s.slice(9)}` : siret;
};

/** "912345675" → "912 345 675". */
export const formatSiren = (siren: string) => (/^\d{9}$/.test(siren) ? `${siren.slice(0, 3)} ${siren.slice(3, 6)} ${siren.slice(6)}` : siren);
