import { passwordProblem, personalWords } from './password-policy.js';

const lea = { email: 'lea.dubois@lucioles-animation.fr', fullName: 'Léa Dubois' };
const reason = (password: string, person = lea) => passwordProblem(password, person)?.reason ?? null;

describe('the password policy', () => {
  it('refuses fewer than 12 characters, saying how long it must be', () => {
    expect(passwordProblem('12345678', lea)).toEqual({ reason: 'PASSWORD_TOO_SHORT', message: expect.stringContaining('at least 12 characters') });
    expect(reason('Girafe-93!k')).toBe('PASSWORD_TOO_SHORT');
  });

  it('refuses common passwords, keyboard rows and repeats, however long', () => {
    expect(reason('azertyuiopqsdf')).toBe('PASSWORD_TOO_COMMON');
    expect(reason('motdepasse123')).toBe('PASSWORD_TOO_COMMON');
    expect(reason('123456789012')).toBe('PASSWORD_TOO_COMMON');
    expect(reason('aaaaaaaaaaaaaaaa')).toBe('PASSWORD_TOO_COMMON');
  });

  it('refuses a password built from the name, the e-mail or the site', () => {
    expect(reason('studioflexstudioflex')).toBe('PASSWORD_PERSONAL');
    expect(reason('lea.dubois@lucioles-animation.fr')).toBe('PASSWORD_PERSONAL');
    expect(reason('leadubois2026!')).toBe('PASSWORD_PERSONAL');
    expect(reason('Dubois-Léa-1990')).toBe('PASSWORD_PERSONAL');
    expect(reason('lucioles-animation')).toBe('PASSWORD_PERSONAL');
  });

  it('accepts a long password of unrelated words, even with a short personal part', () => {
    expect(reason('Tartine-Girafe-Lavande-93')).toBeNull();
    expect(reason('soleil-brume-cerisier')).toBeNull();
    expect(reason('lea-tartine-girafe-lavande')).toBeNull();
  });

  it('the same password can be personal for one user and fine for another', () => {
    expect(reason('margot-henry-sapin', { email: 'margot.henry@example.fr', fullName: 'Margot Henry' })).toBe('PASSWORD_PERSONAL');
    expect(reason('margot-henry-sapin')).toBeNull();
  });

  it('knows the name with and without accents, and the e-mail by its parts', () => {
    expect(personalWords(lea)).toEqual(expect.arrayContaining(['léa dubois', 'lea dubois', 'dubois', 'lea.dubois', 'lucioles', 'animation', 'studioflex']));
  });
});
