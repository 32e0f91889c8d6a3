import { OPS, sessionsWorld, signIn, STRONG } from './sessions-world.js';

describe('the password policy at the API (createUser, changePassword, links)', () => {
  const w = sessionsWorld();

  const email = 'helene.garnier@brume-games.fr';
  const create = (password: string) =>
    w.a.call(OPS.createUser, { input: { email, fullName: 'Hélène Garnier', password, role: 'STUDIO_MANAGER', studioId: w.studioId } }, { token: w.t.operatorToken });
  const users = async () => (await w.t.dataSource.query(`SELECT count(*)::int AS n FROM app_user`))[0].n;

  it.each([
    ['12345678', 'PASSWORD_TOO_SHORT', /at least 12 characters/],
    ['azertyuiop', 'PASSWORD_TOO_SHORT', /at least 12 characters/],
    ['azertyuiopqsdfghjklm', 'PASSWORD_TOO_COMMON', /too easy to guess/],
    ['motdepasse2026', 'PASSWORD_TOO_COMMON', /too easy to guess/],
    ['studioflexstudioflex', 'PASSWORD_PERSONAL', /name, your e-mail address or the site/],
    ['helene.garnier@brume-games.fr', 'PASSWORD_PERSONAL', /name, your e-mail address or the site/],
    ['HeleneGarnier1985!', 'PASSWORD_PERSONAL', /name, your e-mail address or the site/],
  ])('refuses %s (%s) with BAD_USER_INPUT on `password`, saying what to do, and creates nothing', async (password, reason, message) => {
    const before = await users();
    const res = await create(password);
    expect(res.status).toBeLessThan(500);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password', reason });
    expect(res.errors![0].message).toMatch(message);
    expect(res.data).toBeNull();
    expect(await users()).toBe(before);
  });

  it('accepts a strong password, which then signs in', async () => {
    const res = await create(STRONG);
    expect(res.errors).toBeUndefined();
    await signIn(w.a, email, STRONG);
  });

  it('lets the seeded accounts keep signing in with the demo password (the policy applies when a password is set)', async () => {
    await signIn(w.a, 'operator@studioflex.fr', 'studioflex');
  });
});
