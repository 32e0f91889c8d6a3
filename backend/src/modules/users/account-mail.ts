import { SECRET_PLACEHOLDER } from '../mail/outbox-message.entity.js';
import { AccountTokenPurpose } from './account-token.entity.js';

export interface AccountMailFacts {
  fullName: string;
  /** The app's public address (FLEX_PUBLIC_URL). */
  publicUrl: string;
  /** The studio of a manager, for the invitation's wording. */
  studioName: string | null;
  validHours: number;
}

/** The page of the link; the token goes where SECRET_PLACEHOLDER stands (it is sealed apart in the outbox). */
export const LINK_PATHS: Record<AccountTokenPurpose, string> = {
  [AccountTokenPurpose.INVITATION]: 'invitation',
  [AccountTokenPurpose.PASSWORD_RESET]: 'reset',
};

const validity = (hours: number, lang: 'fr' | 'en') =>
  hours % 24 === 0 ? (lang === 'fr' ? `${hours / 24} jours` : `${hours / 24} days`) : lang === 'fr' ? `${hours} heure${hours > 1 ? 's' : ''}` : `${hours} hour${hours > 1 ? 's' : ''}`;

/** The invitation or reset e-mail, in French then English (the recipient's language is not known). */
export function accountMail(purpose: AccountTokenPurpose, f: AccountMailFacts): { subject: string; text: string } {
  const link = `${f.publicUrl}/${LINK_PATHS[purpose]}/${SECRET_PLACEHOLDER}`;
  const frValid = validity(f.validHours, 'fr');
  const enValid = validity(f.validHours, 'en');
  if (purpose === AccountTokenPurpose.INVITATION) {
    const forStudio = f.studioName ? ` pour ${f.studioName}` : '';
    return {
      subject: 'Votre compte Studio FLEX — choisissez votre mot de passe',
      text: [
        `Bonjour ${f.fullName},`,
        '',
        `Un compte Studio FLEX a été créé pour vous${forStudio}. Choisissez votre mot de passe en ouvrant ce lien (valable ${frValid}, une seule fois) :`,
        link,
        '',
        '—',
        `Hello ${f.fullName}, a Studio FLEX account was created for you${f.studioName ? ` for ${f.studioName}` : ''}. Choose your password with this link (valid for ${enValid}, once):`,
        link,
      ].join('\n'),
    };
  }
  return {
    subject: 'Studio FLEX — réinitialisation de votre mot de passe',
    text: [
      `Bonjour ${f.fullName},`,
      '',
      `L’opérateur du site vous envoie un lien pour choisir un nouveau mot de passe (valable ${frValid}, une seule fois) :`,
      link,
      'Une fois le nouveau mot de passe choisi, toutes vos sessions ouvertes sont fermées.',
      '',
      '—',
      `Hello ${f.fullName}, the site operator sent you a link to choose a new password (valid for ${enValid}, once):`,
      link,
      'Once the new password is set, every open session of your account ends.',
    ].join('\n'),
  };
}
