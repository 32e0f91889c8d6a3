import type { LocalDate } from '../../common/time/dates.js';
import { MailContent, MailLocale, mailLocale, paragraphs } from '../mail/mail-locale.js';
import { Language } from '../studios/language.js';

/** The booking events that e-mail the studio's managers. */
export enum BookingMailEvent {
  OPTION_PLACED = 'option-placed',
  OPTION_EXPIRING = 'option-expiring',
  OPTION_EXPIRED = 'option-expired',
  BOOKING_CONFIRMED = 'booking-confirmed',
  BOOKING_CHANGED = 'booking-changed',
  BOOKING_CANCELLED = 'booking-cancelled',
}

export interface BookingMailFacts {
  reference: string;
  productionName: string;
  studioName: string;
  startDate: LocalDate;
  endDate: LocalDate;
  deskCodes: string[];
  optionExpiresAt: Date | null;
  /** The booking's page in the app. */
  url: string;
  /** BOOKING_CANCELLED: the late-cancellation fee (excl. VAT), null when free. */
  fee?: { cents: number; deskDays: number; pct: number; from: LocalDate; to: LocalDate } | null;
}

type Template = (f: BookingMailFacts, l: MailLocale) => { subject: string; lines: string[] };

const desksFr = (f: BookingMailFacts, l: MailLocale) => `${l.count(f.deskCodes.length)} poste${f.deskCodes.length > 1 ? 's' : ''} (${f.deskCodes.join(', ')})`;
const desksEn = (f: BookingMailFacts, l: MailLocale) => `${l.count(f.deskCodes.length)} desk${f.deskCodes.length > 1 ? 's' : ''} (${f.deskCodes.join(', ')})`;
const spanFr = (f: BookingMailFacts, l: MailLocale) => `du ${l.longDate(f.startDate)} au ${l.longDate(f.endDate)}`;
const spanEn = (f: BookingMailFacts, l: MailLocale) => `from ${l.longDate(f.startDate)} to ${l.longDate(f.endDate)}`;

const FR: Record<BookingMailEvent, Template> = {
  [BookingMailEvent.OPTION_PLACED]: (f, l) => ({
    subject: `Option posée — ${f.reference}, ${f.productionName}`,
    lines: [`Une option est posée pour « ${f.productionName} » : ${desksFr(f, l)} ${spanFr(f, l)}.`, `Elle tient les postes jusqu'au ${l.dateTime(f.optionExpiresAt!)} : confirmez-la avant pour les garder.`],
  }),
  [BookingMailEvent.OPTION_EXPIRING]: (f, l) => ({
    subject: `Votre option expire dans moins de 24 h — ${f.reference}`,
    lines: [`L'option ${f.reference} pour « ${f.productionName} » (${desksFr(f, l)} ${spanFr(f, l)}) expire le ${l.dateTime(f.optionExpiresAt!)}.`, 'Confirmez-la avant cette heure, sinon ses postes seront libérés.'],
  }),
  [BookingMailEvent.OPTION_EXPIRED]: (f, l) => ({
    subject: `Option expirée — ${f.reference}, postes libérés`,
    lines: [`L'option ${f.reference} pour « ${f.productionName} » (${desksFr(f, l)} ${spanFr(f, l)}) a expiré le ${l.dateTime(f.optionExpiresAt!)} sans être confirmée : ses postes sont libérés.`, 'Pour les garder, réservez-les à nouveau.'],
  }),
  [BookingMailEvent.BOOKING_CONFIRMED]: (f, l) => ({
    subject: `Réservation confirmée — ${f.reference}, ${l.shortDate(f.startDate)} → ${l.shortDate(f.endDate)}`,
    lines: [`La réservation ${f.reference} pour « ${f.productionName} » est confirmée : ${desksFr(f, l)} ${spanFr(f, l)}.`, "L'événement est joint (fichier .ics) pour votre agenda."],
  }),
  [BookingMailEvent.BOOKING_CHANGED]: (f, l) => ({
    subject: `Réservation modifiée — ${f.reference}`,
    lines: [`La réservation ${f.reference} pour « ${f.productionName} » a changé. Elle tient désormais ${desksFr(f, l)} ${spanFr(f, l)}.`, "L'événement à jour est joint (fichier .ics)."],
  }),
  [BookingMailEvent.BOOKING_CANCELLED]: (f, l) => ({
    subject: `Réservation annulée — ${f.reference}${f.fee ? ` — frais ${l.money(f.fee.cents)} HT` : ''}`,
    lines: [
      `La réservation ${f.reference} pour « ${f.productionName} » (${desksFr(f, l)} ${spanFr(f, l)}) est annulée.`,
      f.fee
        ? `Annulation tardive : ${l.count(f.fee.deskDays)} jour${f.fee.deskDays > 1 ? 's' : ''}-poste du ${l.longDate(f.fee.from)} au ${l.longDate(f.fee.to)} facturés à ${l.count(f.fee.pct)} % du tarif, soit ${l.money(f.fee.cents)} HT (estimation au tarif journalier du contrat).`
        : "L'annulation est gratuite : rien ne sera facturé.",
    ],
  }),
};

const EN: Record<BookingMailEvent, Template> = {
  [BookingMailEvent.OPTION_PLACED]: (f, l) => ({
    subject: `Option placed — ${f.reference}, ${f.productionName}`,
    lines: [`An option is placed for “${f.productionName}”: ${desksEn(f, l)} ${spanEn(f, l)}.`, `It holds the desks until ${l.dateTime(f.optionExpiresAt!)}: confirm it before then to keep them.`],
  }),
  [BookingMailEvent.OPTION_EXPIRING]: (f, l) => ({
    subject: `Your option expires in less than 24 hours — ${f.reference}`,
    lines: [`Option ${f.reference} for “${f.productionName}” (${desksEn(f, l)} ${spanEn(f, l)}) expires on ${l.dateTime(f.optionExpiresAt!)}.`, 'Confirm it before then, or its desks will be released.'],
  }),
  [BookingMailEvent.OPTION_EXPIRED]: (f, l) => ({
    subject: `Option expired — ${f.reference}, desks released`,
    lines: [`Option ${f.reference} for “${f.productionName}” (${desksEn(f, l)} ${spanEn(f, l)}) expired on ${l.dateTime(f.optionExpiresAt!)} without being confirmed: its desks are released.`, 'To keep them, book them again.'],
  }),
  [BookingMailEvent.BOOKING_CONFIRMED]: (f, l) => ({
    subject: `Booking confirmed — ${f.reference}, ${l.shortDate(f.startDate)} → ${l.shortDate(f.endDate)}`,
    lines: [`Booking ${f.reference} for “${f.productionName}” is confirmed: ${desksEn(f, l)} ${spanEn(f, l)}.`, 'The event is attached (.ics file) for your calendar.'],
  }),
  [BookingMailEvent.BOOKING_CHANGED]: (f, l) => ({
    subject: `Booking changed — ${f.reference}`,
    lines: [`Booking ${f.reference} for “${f.productionName}” changed. It now holds ${desksEn(f, l)} ${spanEn(f, l)}.`, 'The updated event is attached (.ics file).'],
  }),
  [BookingMailEvent.BOOKING_CANCELLED]: (f, l) => ({
    subject: `Booking cancelled — ${f.reference}${f.fee ? ` — fee ${l.money(f.fee.cents)} excl. VAT` : ''}`,
    lines: [
      `Booking ${f.reference} for “${f.productionName}” (${desksEn(f, l)} ${spanEn(f, l)}) is cancelled.`,
      f.fee
        ? `Late cancellation: ${l.count(f.fee.deskDays)} desk-day${f.fee.deskDays > 1 ? 's' : ''} from ${l.longDate(f.fee.from)} to ${l.longDate(f.fee.to)} billed at ${l.count(f.fee.pct)}% of the rate, i.e. ${l.money(f.fee.cents)} excl. VAT (estimate at the contract's daily rate).`
        : 'The cancellation is free: nothing will be billed.',
    ],
  }),
};

/** A booking event's e-mail to the studio's managers, in the studio's language. */
export function bookingMail(event: BookingMailEvent, facts: BookingMailFacts, language: Language): MailContent {
  const l = mailLocale(language);
  const en = language === Language.EN;
  const { subject, lines } = (en ? EN : FR)[event](facts, l);
  const text = [en ? 'Hello,' : 'Bonjour,', '', ...lines, '', en ? `See the booking: ${facts.url}` : `Voir la réservation : ${facts.url}`, '', 'Studio FLEX'].join('\n');
  return { subject, text, html: paragraphs(text) };
}
