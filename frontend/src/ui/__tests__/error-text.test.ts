import i18n from 'i18next';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { beforeAll, describe, expect, it } from 'vitest';
import { appEn, appFr } from '../../app/locales';
import { describeError, fieldErrors } from '../errors';

/** An error as Apollo hands it over, from what the API answered. */
const answered = (message: string, extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions }] });

const busy = answered('This person is already on another desk from 2027-01-04 to 2027-01-08: one person holds one desk a day', {
  code: 'BAD_USER_INPUT',
  field: 'crewMemberId',
  reason: 'CREW_MEMBER_BUSY',
  conflictFrom: '2027-01-04',
  conflictTo: '2027-01-08',
});
const notEmail = answered('email: must be an e-mail address', {
  code: 'BAD_USER_INPUT',
  field: 'email',
  rule: 'isEmail',
  fields: [
    { field: 'email', rule: 'isEmail', message: 'must be an e-mail address' },
    { field: 'fullName', rule: 'maxLength', message: 'must be shorter than or equal to 1140 characters', limit: 1140 },
  ],
});

describe('server messages in the user’s language, from their codes', () => {
  beforeAll(async () => {
    await i18n.init({ lng: 'fr', fallbackLng: 'fr', resources: { fr: { app: appFr }, en: { app: appEn } }, defaultNS: 'app', interpolation: { escapeValue: false }, showSupportNotice: false });
  });

  it('says a reason in French with its dates written as days, never the English message nor ISO dates', async () => {
    await i18n.changeLanguage('fr');
    const text = fieldErrors(busy).crewMemberId;
    expect(text).toBe('Cette personne est déjà sur un autre poste du lun. 4 janv. 2027 au ven. 8 janv. 2027 : une personne occupe un seul poste par jour.');
    expect(describeError(busy, i18n.t)).toBe(text);
    expect(text).not.toMatch(/2027-01-04|already/);
  });

  it('says each broken input rule per field, with bounds in the language’s number format', async () => {
    await i18n.changeLanguage('fr');
    expect(fieldErrors(notEmail)).toEqual({
      email: 'Saisissez une adresse e-mail valide (ex. prenom.nom@studio.fr).',
      fullName: '1\u00a0140 caractères au plus.',
    });
    expect(describeError(notEmail, i18n.t)).toBe('E-mail : Saisissez une adresse e-mail valide (ex. prenom.nom@studio.fr).');
  });

  it('says the same in English when the user reads English', async () => {
    await i18n.changeLanguage('en');
    expect(fieldErrors(busy).crewMemberId).toBe('This person is already on another desk from Mon 4 Jan 2027 to Fri 8 Jan 2027: one person holds one desk a day.');
    expect(fieldErrors(notEmail).fullName).toBe('At most 1,140 characters.');
    await i18n.changeLanguage('fr');
  });

  it('falls back on a sentence of the language, not the server’s, for a rule or field it does not know', async () => {
    await i18n.changeLanguage('fr');
    const odd = answered('siret: something new', { code: 'BAD_USER_INPUT', field: 'siret', rule: 'isSomethingNew' });
    expect(fieldErrors(odd).siret).toBe('Valeur invalide : vérifiez ce champ.');
    const plain = answered('The contract ends before it starts', { code: 'BAD_USER_INPUT', field: 'endDate' });
    expect(fieldErrors(plain).endDate).toBe('Valeur invalide : vérifiez ce champ.');
    expect(describeError(plain, i18n.t)).toBe('Le champ « Dernier jour » est invalide.');
  });
});
