import { format, parseISO } from 'date-fns';
import { enGB, fr } from 'date-fns/locale';
import type { LocalDate } from '../../../common/time/dates.js';
import { Language } from '../../studios/language.js';
import { euros } from '../documents/french-format.js';
import type { PartyIdentity } from '../seller-identity.js';
import { ReminderKind } from './payment-reminder.entity.js';

export interface ReminderFacts {
  kind: ReminderKind;
  invoiceNumber: string;
  issueDate: LocalDate;
  dueDate: LocalDate;
  totalInclTaxCents: number;
  balanceDueCents: number;
  daysOverdue: number;
  seller: PartyIdentity;
}

export interface ReminderMail {
  subject: string;
  text: string;
}

const enEuros = (cents: number) => `€${(cents / 100).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const frDay = (d: LocalDate) => format(parseISO(d), 'd MMMM yyyy', { locale: fr });
const enDay = (d: LocalDate) => format(parseISO(d), 'd MMMM yyyy', { locale: enGB });

function bankLine(seller: PartyIdentity, label: { iban: string; bic: string }): string {
  if (!seller.iban) return '';
  return `${label.iban} ${seller.iban}${seller.bic ? ` — ${label.bic} ${seller.bic}` : ''}`;
}

function french(f: ReminderFacts): ReminderMail {
  const first = f.kind === ReminderKind.FIRST;
  return {
    subject: `${first ? 'Rappel' : 'Second rappel'} : facture ${f.invoiceNumber} échue le ${frDay(f.dueDate)} — ${euros(f.balanceDueCents)} restant dus`,
    text: [
      'Bonjour,',
      '',
      first
        ? `Sauf erreur de notre part, la facture ${f.invoiceNumber} du ${frDay(f.issueDate)} (${euros(f.totalInclTaxCents)} TTC), arrivée à échéance le ${frDay(f.dueDate)}, n’est pas encore entièrement réglée.`
        : `Malgré notre premier rappel, la facture ${f.invoiceNumber} du ${frDay(f.issueDate)} (${euros(f.totalInclTaxCents)} TTC) reste impayée ${f.daysOverdue} jours après son échéance du ${frDay(f.dueDate)}.`,
      `Reste dû : ${euros(f.balanceDueCents)}.`,
      '',
      `Merci d’effectuer le règlement par virement en rappelant le numéro de facture. ${bankLine(f.seller, { iban: 'IBAN', bic: 'BIC' })}`.trim(),
      'Si vous avez réglé cette facture entre-temps, merci de ne pas tenir compte de ce message.',
      '',
      'Pénalités de retard exigibles de plein droit dès le lendemain de l’échéance : taux BCE + 10 points (art. L441-10 du Code de commerce) ; indemnité forfaitaire pour frais de recouvrement : 40 € (art. D441-5).',
      '',
      'Cordialement,',
      [f.seller.tradeName ?? f.seller.legalName, f.seller.email, f.seller.phone].filter(Boolean).join(' — '),
    ].join('\n'),
  };
}

function english(f: ReminderFacts): ReminderMail {
  const first = f.kind === ReminderKind.FIRST;
  return {
    subject: `${first ? 'Reminder' : 'Second reminder'}: invoice ${f.invoiceNumber} was due on ${enDay(f.dueDate)} — ${enEuros(f.balanceDueCents)} outstanding`,
    text: [
      'Hello,',
      '',
      first
        ? `Unless we are mistaken, invoice ${f.invoiceNumber} of ${enDay(f.issueDate)} (${enEuros(f.totalInclTaxCents)} incl. VAT), due on ${enDay(f.dueDate)}, has not been paid in full yet.`
        : `Despite our first reminder, invoice ${f.invoiceNumber} of ${enDay(f.issueDate)} (${enEuros(f.totalInclTaxCents)} incl. VAT) is still unpaid ${f.daysOverdue} days after its due date of ${enDay(f.dueDate)}.`,
      `Amount outstanding: ${enEuros(f.balanceDueCents)}.`,
      '',
      `Please pay by bank transfer, quoting the invoice number. ${bankLine(f.seller, { iban: 'IBAN', bic: 'BIC' })}`.trim(),
      'If you have paid this invoice in the meantime, please disregard this message.',
      '',
      'Late-payment penalties are due by law from the day after the due date: ECB rate + 10 points (French Commercial Code, art. L441-10); fixed recovery indemnity: €40 (art. D441-5).',
      '',
      'Kind regards,',
      [f.seller.tradeName ?? f.seller.legalName, f.seller.email, f.seller.phone].filter(Boolean).join(' — '),
    ].join('\n'),
  };
}

/** The reminder e-mail, in the studio's language. */
export function reminderMail(facts: ReminderFacts, language: Language): ReminderMail {
  return language === Language.EN ? english(facts) : french(facts);
}
