import { format as formatDate, parseISO } from 'date-fns';
import { enGB, fr } from 'date-fns/locale';
import { TZDate } from '@date-fns/tz';
import i18n from 'i18next';

/** The site's time zone: every "day" of the product is a day in Angoulême. */
export const SITE_TIME_ZONE = 'Europe/Paris';

const NBSP = '\u00a0';

function language(lang?: string): 'fr' | 'en' {
  return (lang ?? i18n.language) === 'en' ? 'en' : 'fr';
}

function intlLocale(lang?: string): string {
  return language(lang) === 'en' ? 'en-GB' : 'fr-FR';
}

function dateLocale(lang?: string) {
  return language(lang) === 'en' ? enGB : fr;
}

/**
 * Money from integer cents, French style: "1 234,50 €" (English: "€1,234.50").
 * Intl's narrow no-break space (U+202F) is turned into a plain no-break space (U+00A0) so
 * amounts never wrap and match "1 234,50 €" in tests (Playwright normalises whitespace).
 */
export function formatMoney(cents: number, lang?: string): string {
  return new Intl.NumberFormat(intlLocale(lang), { style: 'currency', currency: 'EUR' })
    .format(cents / 100)
    .replace(/[\u202f\u00a0]/g, NBSP);
}

/** 4500 → "45,00" ("45.00" in English): an amount as a person types it back (no separators). */
export function centsToText(cents: number, lang?: string): string {
  return `${Math.floor(cents / 100)}${lang === 'en' ? '.' : ','}${String(cents % 100).padStart(2, '0')}`;
}

/** "45", "45,5", "45.50 €", "1 200,00" → cents; null when it is not an amount. Integer arithmetic only. */
export function parseEuros(text: string): number | null {
  const m = /^(\d{1,9})(?:[.,](\d{1,2}))?€?$/.exec(text.replace(/[\s\u00a0\u202f]/g, ''));
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** A plain number with the locale's separators ("1 234,5"); fraction digits up to `max`. */
export function formatNumber(value: number, maxFractionDigits = 1, lang?: string): string {
  return new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits: maxFractionDigits })
    .format(value)
    .replace(/[\u202f\u00a0]/g, NBSP);
}

/** kg CO2e with one decimal: "336,6 kg CO₂e". */
export function formatKgCo2e(kg: number, lang?: string): string {
  return `${formatNumber(kg, 1, lang)}${NBSP}kg CO₂e`;
}

/** Accepts 'YYYY-MM-DD' (a calendar day) or a Date. */
function toDate(value: string | Date): Date {
  return typeof value === 'string' ? parseISO(value) : value;
}

/** "lun. 12 janv. 2026" / "Mon 12 Jan 2026". */
export function formatDay(value: string | Date, lang?: string): string {
  return formatDate(toDate(value), 'EEE d MMM yyyy', { locale: dateLocale(lang) });
}

/** "12 janv. 2026" / "12 Jan 2026". */
export function formatShortDate(value: string | Date, lang?: string): string {
  return formatDate(toDate(value), 'd MMM yyyy', { locale: dateLocale(lang) });
}

/** "lundi 12 janvier 2026" / "Monday 12 January 2026". */
export function formatLongDay(value: string | Date, lang?: string): string {
  return formatDate(toDate(value), 'EEEE d MMMM yyyy', { locale: dateLocale(lang) });
}

/** "janvier 2026" / "January 2026" from 'YYYY-MM' or a date. */
export function formatMonth(value: string | Date, lang?: string): string {
  const date = typeof value === 'string' && value.length === 7 ? parseISO(`${value}-01`) : toDate(value);
  return formatDate(date, 'MMMM yyyy', { locale: dateLocale(lang) });
}

/** A moment (ISO DateTime) shown in Paris time: "12 janv. 2026, 09:05". */
export function formatDateTime(iso: string | Date, lang?: string): string {
  const at = new TZDate(typeof iso === 'string' ? new Date(iso).getTime() : iso.getTime(), SITE_TIME_ZONE);
  return formatDate(at, language(lang) === 'en' ? 'd MMM yyyy, HH:mm' : 'd MMM yyyy, HH:mm', { locale: dateLocale(lang) });
}

/** A moment's clock time in Paris: "09:05". */
export function formatTime(iso: string | Date): string {
  const at = new TZDate(typeof iso === 'string' ? new Date(iso).getTime() : iso.getTime(), SITE_TIME_ZONE);
  return formatDate(at, 'HH:mm');
}

/** Today in Angoulême as 'YYYY-MM-DD', whatever the browser's time zone. */
export function todayInParis(now: Date = new Date()): string {
  return formatDate(new TZDate(now.getTime(), SITE_TIME_ZONE), 'yyyy-MM-dd');
}
