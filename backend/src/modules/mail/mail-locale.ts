import { format, parseISO } from 'date-fns';
import { enGB, fr } from 'date-fns/locale';
import type { LocalDate } from '../../common/time/dates.js';
import { SITE_TIMEZONE } from '../../common/time/dates.js';
import { Language } from '../studios/language.js';

/**
 * How e-mails write dates, times, amounts and counts in each language: one place, so a French
 * mail never shows an ISO date or "1140" and an English one never a decimal comma.
 */
export interface MailLocale {
  language: Language;
  /** "lundi 1 février 2027" / "Monday 1 February 2027" */
  longDate(d: LocalDate): string;
  /** "1 févr. 2027" / "1 Feb 2027" */
  shortDate(d: LocalDate): string;
  /** An instant in Paris time: "31 janvier 2027 à 14:30" / "31 January 2027 at 14:30 (Paris time)" */
  dateTime(at: Date): string;
  /** "1 234,50 €" / "€1,234.50" */
  money(cents: number): string;
  /** "1 140" / "1,140" */
  count(n: number): string;
}

const parisParts = (at: Date) => {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: SITE_TIMEZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
};

const FR: MailLocale = {
  language: Language.FR,
  longDate: (d) => format(parseISO(d), 'EEEE d MMMM yyyy', { locale: fr }),
  shortDate: (d) => format(parseISO(d), 'd MMM yyyy', { locale: fr }),
  dateTime: (at) => {
    const { date, time } = parisParts(at);
    return `${format(parseISO(date), 'd MMMM yyyy', { locale: fr })} à ${time}`;
  },
  money: (cents) => new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100),
  count: (n) => new Intl.NumberFormat('fr-FR').format(n),
};

const EN: MailLocale = {
  language: Language.EN,
  longDate: (d) => format(parseISO(d), 'EEEE d MMMM yyyy', { locale: enGB }),
  shortDate: (d) => format(parseISO(d), 'd MMM yyyy', { locale: enGB }),
  dateTime: (at) => {
    const { date, time } = parisParts(at);
    return `${format(parseISO(date), 'd MMMM yyyy', { locale: enGB })} at ${time} (Paris time)`;
  },
  money: (cents) => new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }).format(cents / 100),
  count: (n) => new Intl.NumberFormat('en-GB').format(n),
};

export const mailLocale = (language: Language | null | undefined): MailLocale => (language === Language.EN ? EN : FR);

/** Text made safe for an HTML body. */
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A typed e-mail: what every template returns. */
export interface MailContent {
  subject: string;
  text: string;
  html?: string;
}

/** The HTML body of a plain-text mail: paragraphs, escaped; `{{…}}` placeholders left as they are. */
export const paragraphs = (text: string) =>
  `<div style="font-family:sans-serif;max-width:560px">${text
    .split('\n\n')
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n')}</div>`;
