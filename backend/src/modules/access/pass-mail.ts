import type { LocalDate } from '../../common/time/dates.js';
import { escapeHtml as escape, MailContent, mailLocale, paragraphs } from '../mail/mail-locale.js';
import { SECRET_PLACEHOLDER } from '../mail/outbox-message.entity.js';
import { Language } from '../studios/language.js';
import { PassRevokeReason } from './access-pass.entity.js';

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

/** Where the pass link's token goes in the bodies (a second secret of the message, see MailService). */
export const PASS_LINK_PLACEHOLDER = '{{link}}';

/**
 * The e-mail carrying an access pass, in the studio's language: the code where
 * SECRET_PLACEHOLDER stands, the link that opens the pass (showable and printable again) in `passUrl`.
 */
export function passMail(f: PassMailFacts & { passUrl: string }, language: Language): MailContent {
  const l = mailLocale(language);
  const en = language === Language.EN;
  const subject = en
    ? `Your Studio FLEX pass — desk ${f.deskCode}, ${l.shortDate(f.startDate)} to ${l.shortDate(f.endDate)}`
    : `Votre pass Studio FLEX — poste ${f.deskCode}, du ${l.shortDate(f.startDate)} au ${l.shortDate(f.endDate)}`;
  const intro = en
    ? `${f.studioName} booked desk ${f.deskCode} for you at ${f.siteName} for “${f.productionName}”, from ${l.longDate(f.startDate)} to ${l.longDate(f.endDate)}.`
    : `${f.studioName} vous a réservé le poste ${f.deskCode} à ${f.siteName} pour « ${f.productionName} », du ${l.longDate(f.startDate)} au ${l.longDate(f.endDate)}.`;
  const codeLabel = en ? 'Your access code:' : "Votre code d'accès :";
  const linkLine = en ? `Open your pass (QR code, printable) at any time: ${f.passUrl}` : `Affichez votre pass (QR code, imprimable) à tout moment : ${f.passUrl}`;
  const howTo = en
    ? 'Show this code (or its QR code) at the front-desk kiosk when you arrive. It is personal and valid from the first day 00:00 to the last day 23:59:59 (Paris time).'
    : "Présentez ce code (ou son QR code) à la borne de l'accueil à votre arrivée. Il est personnel et valable du premier jour 00:00 au dernier jour 23:59:59 (heure de Paris).";
  const address = en ? `Address: ${f.siteAddress}` : `Adresse : ${f.siteAddress}`;
  const hello = `${en ? 'Hello' : 'Bonjour'} ${f.fullName},`;
  const text = [hello, '', intro, '', `${codeLabel} ${SECRET_PLACEHOLDER}`, '', linkLine, '', howTo, address].join('\n');
  const html = `<div style="font-family:sans-serif;max-width:560px">
<p>${escape(hello)}</p>
<p>${escape(intro)}</p>
<p>${escape(codeLabel)}</p>
<p style="font-size:24px;font-family:monospace;letter-spacing:2px"><strong>${SECRET_PLACEHOLDER}</strong></p>
<p><img src="cid:qr" alt="QR code" width="200" height="200"></p>
<p><a href="${f.passUrl}">${en ? 'Open my pass' : 'Afficher mon pass'}</a></p>
<p>${escape(howTo)}<br>${escape(address)}</p>
</div>`;
  return { subject, text, html };
}

const WHY: Record<PassRevokeReason, { fr: string; en: string }> = {
  REVOKED: { fr: 'il a été révoqué', en: 'it was revoked' },
  REISSUED: { fr: 'un nouveau code le remplace (voir le message suivant)', en: 'a new code replaces it (see the next message)' },
  UNASSIGNED: { fr: "vous n'êtes plus affecté(e) à ce poste", en: 'you are no longer assigned to this desk' },
  BOOKING_CANCELLED: { fr: 'la réservation a été annulée', en: 'the booking was cancelled' },
  BOOKING_CHANGED: { fr: 'la réservation a changé et ne comprend plus ce poste à ces dates', en: 'the booking changed and no longer holds this desk on these dates' },
  CREW_REMOVED: { fr: "vous avez été retiré(e) de l'équipe", en: 'you were removed from the crew' },
};

type RevokedFacts = Pick<PassMailFacts, 'fullName' | 'studioName' | 'deskCode' | 'startDate' | 'endDate'>;

/** The e-mail telling a crew member their pass no longer opens the door. */
export function passCancelledMail(f: RevokedFacts, reason: PassRevokeReason, language: Language): MailContent {
  const l = mailLocale(language);
  const text =
    language === Language.EN
      ? [`Hello ${f.fullName},`, '', `Your pass for desk ${f.deskCode} (${l.longDate(f.startDate)} to ${l.longDate(f.endDate)}) is no longer valid: ${WHY[reason].en}.`, `For any question, please contact ${f.studioName}.`].join('\n')
      : [`Bonjour ${f.fullName},`, '', `Votre pass pour le poste ${f.deskCode} (du ${l.longDate(f.startDate)} au ${l.longDate(f.endDate)}) n'est plus valable : ${WHY[reason].fr}.`, `Pour toute question, contactez ${f.studioName}.`].join('\n');
  const subject = language === Language.EN ? `Studio FLEX pass cancelled — desk ${f.deskCode}` : `Pass Studio FLEX annulé — poste ${f.deskCode}`;
  return { subject, text, html: paragraphs(text) };
}

/** The studio managers' copy: a pass was issued to, or revoked from, one of their crew (no code in it). */
export function passNoticeForManagers(f: RevokedFacts & { email: string | null }, event: 'issued' | 'revoked', reason: PassRevokeReason | null, language: Language): MailContent {
  const l = mailLocale(language);
  const en = language === Language.EN;
  const days = en ? `${l.shortDate(f.startDate)} to ${l.shortDate(f.endDate)}` : `du ${l.shortDate(f.startDate)} au ${l.shortDate(f.endDate)}`;
  const subject =
    event === 'issued'
      ? en ? `Pass issued — ${f.fullName}, desk ${f.deskCode}, ${days}` : `Pass émis — ${f.fullName}, poste ${f.deskCode}, ${days}`
      : en ? `Pass revoked — ${f.fullName}, desk ${f.deskCode}` : `Pass révoqué — ${f.fullName}, poste ${f.deskCode}`;
  const body =
    event === 'issued'
      ? en
        ? `The access pass of ${f.fullName} for desk ${f.deskCode} (${days}) was issued${f.email ? ` and sent to ${f.email}` : ''}. You can show or print it at any time from the assignments page.`
        : `Le pass d'accès de ${f.fullName} pour le poste ${f.deskCode} (${days}) a été émis${f.email ? ` et envoyé à ${f.email}` : ''}. Vous pouvez l'afficher ou l'imprimer à tout moment depuis la page des affectations.`
      : en
        ? `The access pass of ${f.fullName} for desk ${f.deskCode} (${days}) no longer opens the door: ${WHY[reason!].en}.`
        : `Le pass d'accès de ${f.fullName} pour le poste ${f.deskCode} (${days}) n'ouvre plus la porte : ${WHY[reason!].fr}.`;
  const text = [en ? 'Hello,' : 'Bonjour,', '', body].join('\n');
  return { subject, text, html: paragraphs(text) };
}
