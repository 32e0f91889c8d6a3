import { format, parseISO } from 'date-fns';
import { enUS, fr } from 'date-fns/locale';
import { LocalDate } from '../../common/time/dates.js';
import { SECRET_PLACEHOLDER } from '../mail/outbox-message.entity.js';

export interface PassMailFacts {
  fullName: string;
  studioName: string;
  productionName: string;
  deskCode: string;
  startDate: LocalDate;
  endDate: LocalDate;
  siteName: string;
  siteAddress: string;
}

const frDate = (d: LocalDate) => format(parseISO(d), 'EEEE d MMMM yyyy', { locale: fr });
const enDate = (d: LocalDate) => format(parseISO(d), 'EEEE d MMMM yyyy', { locale: enUS });
const frShort = (d: LocalDate) => format(parseISO(d), 'd MMM yyyy', { locale: fr });
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The e-mail carrying an access pass; the code goes where SECRET_PLACEHOLDER stands. */
export function passMail(f: PassMailFacts): { subject: string; text: string; html: string } {
  const subject = `Votre pass Studio FLEX — poste ${f.deskCode}, du ${frShort(f.startDate)} au ${frShort(f.endDate)}`;
  const text = [
    `Bonjour ${f.fullName},`,
    '',
    `${f.studioName} vous a réservé le poste ${f.deskCode} à ${f.siteName} pour « ${f.productionName} », du ${frDate(f.startDate)} au ${frDate(f.endDate)}.`,
    '',
    `Votre code d'accès : ${SECRET_PLACEHOLDER}`,
    '',
    `Présentez ce code (ou son QR code) à la borne de l'accueil à votre arrivée. Il est personnel et valable du premier jour 00:00 au dernier jour 23:59:59 (heure de Paris).`,
    `Adresse : ${f.siteAddress}`,
    '',
    '—',
    `Hello ${f.fullName}, ${f.studioName} booked desk ${f.deskCode} for you at ${f.siteName} from ${enDate(f.startDate)} to ${enDate(f.endDate)}.`,
    `Your access code: ${SECRET_PLACEHOLDER} — show it (or its QR code) at the front-desk kiosk when you arrive.`,
  ].join('\n');
  const html = `<div style="font-family:sans-serif;max-width:560px">
<p>Bonjour ${escape(f.fullName)},</p>
<p>${escape(f.studioName)} vous a réservé le poste <strong>${escape(f.deskCode)}</strong> à ${escape(f.siteName)} pour « ${escape(f.productionName)} », du ${frDate(f.startDate)} au ${frDate(f.endDate)}.</p>
<p>Votre code d'accès :</p>
<p style="font-size:24px;font-family:monospace;letter-spacing:2px"><strong>${SECRET_PLACEHOLDER}</strong></p>
<p><img src="cid:qr" alt="QR code" width="200" height="200"></p>
<p>Présentez ce code (ou son QR code) à la borne de l'accueil à votre arrivée. Il est personnel et valable du premier jour 00:00 au dernier jour 23:59:59 (heure de Paris).<br>Adresse : ${escape(f.siteAddress)}</p>
<hr><p style="color:#555">Hello ${escape(f.fullName)}, ${escape(f.studioName)} booked desk ${escape(f.deskCode)} for you from ${enDate(f.startDate)} to ${enDate(f.endDate)}. Show this code (or its QR code) at the front-desk kiosk when you arrive.</p>
</div>`;
  return { subject, text, html };
}

/** The e-mail telling a crew member their pass no longer opens the door. */
export function passCancelledMail(f: Pick<PassMailFacts, 'fullName' | 'studioName' | 'deskCode' | 'startDate' | 'endDate'>, why: string): { subject: string; text: string } {
  return {
    subject: `Pass Studio FLEX annulé — poste ${f.deskCode}`,
    text: [
      `Bonjour ${f.fullName},`,
      '',
      `Votre pass pour le poste ${f.deskCode} (du ${frDate(f.startDate)} au ${frDate(f.endDate)}) n'est plus valable : ${why}.`,
      `Pour toute question, contactez ${f.studioName}.`,
      '',
      '—',
      `Hello ${f.fullName}, your pass for desk ${f.deskCode} is no longer valid. Please contact ${f.studioName}.`,
    ].join('\n'),
  };
}
