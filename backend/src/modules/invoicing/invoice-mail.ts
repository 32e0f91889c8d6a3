import { format, parseISO } from 'date-fns';
import { enGB, fr } from 'date-fns/locale';
import type { LocalDate } from '../../common/time/dates.js';
import { MailContent, mailLocale, paragraphs } from '../mail/mail-locale.js';
import { Language } from '../studios/language.js';

export interface InvoiceMailFacts {
  number: string;
  /** 'YYYY-MM' billed. */
  month: string;
  issueDate: LocalDate;
  dueDate: LocalDate;
  totalExclTaxCents: number;
  totalInclTaxCents: number;
  url: string;
}

const monthName = (month: string, language: Language) => format(parseISO(`${month}-01`), 'MMMM yyyy', { locale: language === Language.EN ? enGB : fr });

/** The e-mail of an issued invoice to the studio's managers (its frozen PDF attached), in the studio's language. */
export function invoiceIssuedMail(f: InvoiceMailFacts, language: Language): MailContent {
  const l = mailLocale(language);
  const month = monthName(f.month, language);
  const text =
    language === Language.EN
      ? [
          'Hello,',
          '',
          `Invoice ${f.number} for ${month} is issued on ${l.longDate(f.issueDate)}: ${l.money(f.totalExclTaxCents)} excl. VAT, ${l.money(f.totalInclTaxCents)} incl. VAT, due on ${l.longDate(f.dueDate)}.`,
          'The invoice is attached (PDF, Factur-X).',
          '',
          `See it in the app: ${f.url}`,
          '',
          'Studio FLEX',
        ].join('\n')
      : [
          'Bonjour,',
          '',
          `La facture ${f.number} de ${month} est émise le ${l.longDate(f.issueDate)} : ${l.money(f.totalExclTaxCents)} HT, ${l.money(f.totalInclTaxCents)} TTC, à régler avant le ${l.longDate(f.dueDate)}.`,
          'La facture est jointe (PDF, Factur-X).',
          '',
          `La voir dans l'application : ${f.url}`,
          '',
          'Studio FLEX',
        ].join('\n');
  const subject = language === Language.EN ? `Invoice ${f.number} — ${month} — ${l.money(f.totalInclTaxCents)} incl. VAT` : `Facture ${f.number} — ${month} — ${l.money(f.totalInclTaxCents)} TTC`;
  return { subject, text, html: paragraphs(text) };
}
