import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { LocalDate, SITE_TIMEZONE } from '../../common/time/dates.js';
import { frenchDate } from '../invoicing/documents/french-format.js';

/*
 * CSV as a French spreadsheet opens it with a double click (Excel, LibreOffice): UTF-8 with a
 * byte-order mark, ";" between cells, decimal comma, dd/mm/yyyy dates, CRLF line ends. Text
 * cells are quoted when they hold ; " or a line break, and a text starting with = + - @ (or a
 * tab / carriage return) gets a leading apostrophe so it is shown, never run as a formula.
 */

/** A text cell, quoted when needed and defused against formulas. */
export function csvText(value: string | null | undefined): string {
  let v = value ?? '';
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** A number with a decimal comma and a fixed number of decimals ("85,7"); no thousands separator, so it stays a number. */
export function csvDecimal(value: number, decimals: number): string {
  const factor = 10 ** decimals;
  const scaled = Math.round(Math.abs(value) * factor);
  const units = Math.floor(scaled / factor);
  const sign = value < 0 && scaled > 0 ? '-' : '';
  return decimals ? `${sign}${units},${String(scaled % factor).padStart(decimals, '0')}` : `${sign}${units}`;
}

/** "2026-03-02" → "02/03/2026"; empty when there is none. */
export const csvDate = (date: LocalDate | null | undefined) => (date ? frenchDate(date) : '');

/** An instant as Paris wall-clock time, "02/03/2026 14:05"; empty when there is none. */
export const csvDateTime = (at: Date | null | undefined) => (at ? format(new TZDate(at.getTime(), SITE_TIMEZONE), 'dd/MM/yyyy HH:mm') : '');

/** The document: header and rows (cells already written with the helpers above). */
export function frenchCsv(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return '\ufeff' + [header.map(csvText), ...rows].map((r) => r.join(';')).join('\r\n') + '\r\n';
}
