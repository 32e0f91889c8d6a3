import { makeManager, TEST_PASSWORD } from '../../../seeds/factories/index.js';
import { errorCode } from '../harness.js';
import { linkTokenFor, OPS, sessionsWorld, signIn, STRONG, STRONGER } from './sessions-world.js';
import { InviteUserInput, OutboxAccountLinks2Document } from '../documents.js';

const HOUR = 3_600_000;

describe('invitations and password resets: one-time, expiring links', () => {
  const w = sessionsWorld();
  afterEach(() => w.t.clock.reset());

  let n = 0;
  const invite = async (fullName = 'Inès Carrel') => {
    const email = `invited-${++n}-${Date.now()}@example.fr`;
    const res = await w.a.call(OPS.inviteUser, { input: { email, fullName, role: 'STUDIO_MANAGER', studioId: w.studioId } }, { token: w.t.operatorToken });
    expect(res.errors).toBeUndefined();
    return { user: res.data.inviteUser as { id: string; email: string; status: string }, email };
  };

  it('creates a manager without a password, who cannot sign in yet, and mails an invitation link valid 7 days', async () => {
    const { user, email } = await invite();
    expect(user).toMatchObject({ email, status: 'INVITED', role: 'STUDIO_MANAGER', studio: { id: w.studioId } });
    const [row] = await w.t.dataSource.query(`SELECT password_hash FROM app_user WHERE id = $1`, [user.id]);
    expect(row.password_hash).toBeNull();
    expect(errorCode(await w.a.call(OPS.login, { email, password: '' }))).toBe('UNAUTHENTICATED');
    const token = await linkTokenFor(w.t, email);
    const link = await w.a.call(OPS.accountLink, { token });
    expect(link.data.accountLink).toMatchObject({ purpose: 'INVITATION', email, fullName: 'Inès Carrel' });
    const validMs = new Date(link.data.accountLink!.expiresAt).getTime() - w.t.clock.now().getTime();
    expect(Math.abs(validMs - 7 * 24 * HOUR)).toBeLessThan(60_000);
  });

  it('the invitation sets the password once, after which the manager signs in; the link then opens nothing', async () => {
    const { email, user } = await invite();
    const token = await linkTokenFor(w.t, email);
    const res = await w.a.call(OPS.acceptInvitation, { token, password: STRONG });
    expect(res.data).toEqual({ acceptInvitation: true });
    await signIn(w.a, email, STRONG);
    expect((await w.a.call(OPS.users, {}, { token: w.t.operatorToken })).data.users.find((u) => u.id === user.id)!.status).toBe('ACTIVE');
    const again = await w.a.call(OPS.acceptInvitation, { token, password: STRONGER });
    expect(errorCode(again)).toBe('NOT_FOUND');
    expect((await w.a.call(OPS.accountLink, { token })).data.accountLink).toBeNull();
    await signIn(w.a, email, STRONG);
    // The outbox no longer holds the used link.
    const outbox = await w.a.call(OutboxAccountLinks2Document, {}, { token: w.t.operatorToken });
    const mail = outbox.data.outbox.find((m) => m.to === email);
    expect(mail!.secret).toBeNull();
    expect(mail!.text).not.toContain(token);
  });

  it('a refused password leaves the link usable (nothing spent), with the policy’s reason on `password`', async () => {
    const { email } = await invite('Margot Henry');
    const token = await linkTokenFor(w.t, email);
    for (const [password, reason] of [
      ['12345678', 'PASSWORD_TOO_SHORT'],
      ['azertyuiopqsdf', 'PASSWORD_TOO_COMMON'],
      ['margot-henry-2026', 'PASSWORD_PERSONAL'],
    ]) {
      const res = await w.a.call(OPS.acceptInvitation, { token, password });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions).toMatchObject({ field: 'password', reason });
      expect(res.errors![0].message.length).toBeGreaterThan(30);
    }
    expect((await w.a.call(OPS.accountLink, { token })).data.accountLink!.email).toBe(email);
    expect((await w.a.call(OPS.acceptInvitation, { token, password: STRONG })).data.acceptInvitation).toBe(true);
  });

  it('an invitation expires after 7 days (Clock)', async () => {
    const { email } = await invite();
    const token = await linkTokenFor(w.t, email);
    w.t.clock.travelTo(new Date(Date.now() + 7 * 24 * HOUR - 60_000));
    expect((await w.a.call(OPS.accountLink, { token })).data.accountLink).not.toBeNull();
    w.t.clock.travelTo(new Date(Date.now() + 7 * 24 * HOUR + 60_000));
    expect((await w.a.call(OPS.accountLink, { token })).data.accountLink).toBeNull();
    expect(errorCode(await w.a.call(OPS.acceptInvitation, { token, password: STRONG }))).toBe('NOT_FOUND');
    const [row] = await w.t.dataSource.query(`SELECT password_hash FROM app_user WHERE email = $1`, [email]);
    expect(row.password_hash).toBeNull();
  });

  it('a reset link lasts one hour, works once, and ends every session of the account', async () => {
    const m = await makeManager(w.t.dataSource, w.studioId);
    const one = await signIn(w.a, m.email, TEST_PASSWORD);
    const two = await signIn(w.a, m.email, TEST_PASSWORD);
    expect((await w.a.call(OPS.sendPasswordReset, { id: m.id }, { token: w.t.operatorToken })).data.sendPasswordReset).toBe(true);
    const token = await linkTokenFor(w.t, m.email);
    // Sending the link alone ends nothing: the user may not have asked for it.
    expect((await w.a.call(OPS.me, {}, { token: one.token })).errors).toBeUndefined();
    expect(errorCode(await w.a.call(OPS.acceptInvitation, { token, password: STRONG }))).toBe('NOT_FOUND');
    w.t.clock.travelTo(new Date(Date.now() + HOUR - 60_000));
    expect((await w.a.call(OPS.resetPassword, { token, password: STRONG })).data.resetPassword).toBe(true);
    for (const s of [one, two]) expect(errorCode(await w.a.call(OPS.me, {}, { token: s.token }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await w.a.call(OPS.login, { email: m.email, password: TEST_PASSWORD }))).toBe('UNAUTHENTICATED');
    await signIn(w.a, m.email, STRONG);
    expect(errorCode(await w.a.call(OPS.resetPassword, { token, password: STRONGER }))).toBe('NOT_FOUND');
  });

  it('a reset link opens nothing after an hour', async () => {
    const m = await makeManager(w.t.dataSource, w.studioId);
    await w.a.call(OPS.sendPasswordReset, { id: m.id }, { token: w.t.operatorToken });
    const token = await linkTokenFor(w.t, m.email);
    w.t.clock.travelTo(new Date(Date.now() + HOUR + 60_000));
    expect(errorCode(await w.a.call(OPS.resetPassword, { token, password: STRONG }))).toBe('NOT_FOUND');
    await signIn(w.a, m.email, TEST_PASSWORD);
  });

  it('a newer link replaces the older one; a reset sent to an invited account is a new invitation', async () => {
    const { user, email } = await invite();
    const first = await linkTokenFor(w.t, email);
    await w.a.call(OPS.sendPasswordReset, { id: user.id }, { token: w.t.operatorToken });
    const second = await linkTokenFor(w.t, email);
    expect(second).not.toBe(first);
    expect((await w.a.call(OPS.accountLink, { token: first })).data.accountLink).toBeNull();
    expect((await w.a.call(OPS.accountLink, { token: second })).data.accountLink!.purpose).toBe('INVITATION');
  });

  it('disabling the account ends its open links; a disabled account gets no reset', async () => {
    const { user, email } = await invite();
    const token = await linkTokenFor(w.t, email);
    await w.a.call(OPS.disableUser, { id: user.id }, { token: w.t.operatorToken });
    expect(errorCode(await w.a.call(OPS.acceptInvitation, { token, password: STRONG }))).toBe('NOT_FOUND');
    expect(errorCode(await w.a.call(OPS.sendPasswordReset, { id: user.id }, { token: w.t.operatorToken }))).toBe('INVALID_STATE');
  });

  it('only the operator invites or sends resets; bad input creates nothing', async () => {
    const m = await makeManager(w.t.dataSource, w.studioId);
    const { token } = await signIn(w.a, m.email, TEST_PASSWORD);
    const count = async () => (await w.t.dataSource.query(`SELECT (SELECT count(*) FROM app_user)::int AS users, (SELECT count(*) FROM account_token)::int AS links`))[0];
    const before = await count();
    const input: InviteUserInput = { email: `x-${Date.now()}@example.fr`, fullName: 'X', role: 'STUDIO_MANAGER', studioId: w.studioId };
    expect(errorCode(await w.a.call(OPS.inviteUser, { input }, { token }))).toBe('FORBIDDEN');
    expect(errorCode(await w.a.call(OPS.sendPasswordReset, { id: m.id }, { token }))).toBe('FORBIDDEN');
    expect(errorCode(await w.a.call(OPS.inviteUser, { input }))).toBe('UNAUTHENTICATED');
    const noStudio = await w.a.call(OPS.inviteUser, { input: { ...input, studioId: null } }, { token: w.t.operatorToken });
    expect(noStudio.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'studioId' });
    const duplicate = await w.a.call(OPS.inviteUser, { input: { ...input, email: m.email } }, { token: w.t.operatorToken });
    expect(duplicate.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    expect(await count()).toEqual(before);
  });

  it('link operations are limited per address (anonymous callers guessing tokens)', async () => {
    const from = { address: '198.51.100.23' };
    for (let k = 0; k < 20; k++) expect((await w.a.call(OPS.accountLink, { token: `guess-${k}` }, from)).data.accountLink).toBeNull();
    const limited = await w.a.call(OPS.resetPassword, { token: 'guess', password: STRONG }, from);
    expect(limited.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'RATE_LIMITED' });
    expect((await w.a.call(OPS.accountLink, { token: 'guess' }, { address: '198.51.100.24' })).data.accountLink).toBeNull();
  });

  it('the contract’s createUser still takes a password, now held to the policy', async () => {
    const email = `typed-${Date.now()}@example.fr`;
    const weak = await w.a.call(OPS.createUser, { input: { email, fullName: 'Paul Renaud', password: 'studioflexstudioflex', role: 'STUDIO_MANAGER', studioId: w.studioId } }, { token: w.t.operatorToken });
    expect(weak.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password', reason: 'PASSWORD_PERSONAL' });
    const ok = await w.a.call(OPS.createUser, { input: { email, fullName: 'Paul Renaud', password: STRONG, role: 'STUDIO_MANAGER', studioId: w.studioId } }, { token: w.t.operatorToken });
    expect(ok.data.createUser).toMatchObject({ email, studio: { id: w.studioId } });
    await signIn(w.a, email, STRONG);
  });
});
