import { makeManager, makeStudio, TEST_PASSWORD } from '../../../seeds/factories/index.js';
import { errorCode } from '../harness.js';
import { CallOptions, OPS, sessionsWorld, signIn, STRONG } from './sessions-world.js';

describe('sessions end on password change and on disable, on every instance', () => {
  const w = sessionsWorld({ second: true });

  const manager = async () => {
    const studio = await makeStudio(w.t.dataSource);
    return makeManager(w.t.dataSource, studio.id);
  };
  const sessionsOf = (userId: string) =>
    w.t.dataSource.query(`SELECT id, ended_at IS NULL AS live, end_reason FROM user_session WHERE user_id = $1 ORDER BY created_at`, [userId]);

  it('a session started on one instance works on the other (one database, one signing secret)', async () => {
    const m = await manager();
    const { token } = await signIn(w.a, m.email, TEST_PASSWORD);
    expect((await w.b.call(OPS.me, {}, { token })).data.me.email).toBe(m.email);
  });

  it('changing the password ends every other session of the user, on both instances, and keeps the current one', async () => {
    const m = await manager();
    const current = await signIn(w.a, m.email, TEST_PASSWORD);
    const laptop = await signIn(w.a, m.email, TEST_PASSWORD);
    const phone = await signIn(w.b, m.email, TEST_PASSWORD);
    const res = await w.a.call(OPS.changePassword, { c: TEST_PASSWORD, n: STRONG }, { cookie: current.cookie });
    expect(res.errors).toBeUndefined();
    expect(res.data.changePassword).toBe(true);
    expect((await w.a.call(OPS.me, {}, { cookie: current.cookie })).data.me.email).toBe(m.email);
    for (const other of [laptop, phone]) {
      expect(errorCode(await w.a.call(OPS.me, {}, { token: other.token }))).toBe('UNAUTHENTICATED');
      expect(errorCode(await w.b.call(OPS.me, {}, { token: other.token }))).toBe('UNAUTHENTICATED');
    }
    expect((await sessionsOf(m.id)).map((s: { live: boolean; end_reason: string | null }) => [s.live, s.end_reason])).toEqual([
      [true, null],
      [false, 'PASSWORD_CHANGED'],
      [false, 'PASSWORD_CHANGED'],
    ]);
    // The old password no longer signs in; the new one does.
    expect(errorCode(await w.a.call(OPS.login, { email: m.email, password: TEST_PASSWORD }))).toBe('UNAUTHENTICATED');
    await signIn(w.b, m.email, STRONG);
  });

  it('refuses a wrong current password (BAD_USER_INPUT on currentPassword) and changes nothing', async () => {
    const m = await manager();
    const { token } = await signIn(w.a, m.email, TEST_PASSWORD);
    const other = await signIn(w.a, m.email, TEST_PASSWORD);
    const res = await w.a.call(OPS.changePassword, { c: 'not-my-password', n: STRONG }, { token });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions.field).toBe('currentPassword');
    expect((await w.a.call(OPS.me, {}, { token: other.token })).errors).toBeUndefined();
    await signIn(w.a, m.email, TEST_PASSWORD);
  });

  it('refuses a weak new password with the policy’s reason, keeping the old password and the sessions', async () => {
    const m = await manager();
    const { token } = await signIn(w.a, m.email, TEST_PASSWORD);
    const other = await signIn(w.a, m.email, TEST_PASSWORD);
    const res = await w.a.call(OPS.changePassword, { c: TEST_PASSWORD, n: 'azertyuiop' }, { token });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions).toMatchObject({ field: 'newPassword', reason: 'PASSWORD_TOO_SHORT' });
    expect((await w.a.call(OPS.me, {}, { token: other.token })).errors).toBeUndefined();
    await signIn(w.a, m.email, TEST_PASSWORD);
  });

  it('changing the password needs a session', async () => {
    expect(errorCode(await w.a.call(OPS.changePassword, { c: TEST_PASSWORD, n: STRONG }))).toBe('UNAUTHENTICATED');
  });

  it('disabling a user ends all its sessions on both instances at once and refuses its sign-in; enabling lets it in again', async () => {
    const m = await manager();
    const one = await signIn(w.a, m.email, TEST_PASSWORD);
    const two = await signIn(w.b, m.email, TEST_PASSWORD);
    const res = await w.b.call(OPS.disableUser, { id: m.id }, { token: w.t.operatorToken });
    expect(res.data.disableUser).toEqual({ id: m.id, status: 'DISABLED' });
    for (const s of [one, two]) {
      expect(errorCode(await w.a.call(OPS.me, {}, { token: s.token }))).toBe('UNAUTHENTICATED');
      expect(errorCode(await w.b.call(OPS.me, {}, { cookie: s.cookie }))).toBe('UNAUTHENTICATED');
    }
    const refused = await w.a.call(OPS.login, { email: m.email, password: TEST_PASSWORD });
    expect(errorCode(refused)).toBe('UNAUTHENTICATED');
    expect(refused.errors![0].extensions.reason).toBe('ACCOUNT_DISABLED');
    expect((await sessionsOf(m.id)).every((s: { end_reason: string }) => s.end_reason === 'DISABLED')).toBe(true);
    // Enabling does not bring the old sessions back: the user signs in again.
    expect((await w.a.call(OPS.enableUser, { id: m.id }, { token: w.t.operatorToken })).data.enableUser.status).toBe('ACTIVE');
    expect(errorCode(await w.a.call(OPS.me, {}, { token: one.token }))).toBe('UNAUTHENTICATED');
    await signIn(w.a, m.email, TEST_PASSWORD);
  });

  it('only the operator disables, enables or lists accounts; never its own account', async () => {
    const m = await manager();
    const { token } = await signIn(w.a, m.email, TEST_PASSWORD);
    const calls = [(o: CallOptions) => w.a.call(OPS.disableUser, { id: m.id }, o), (o: CallOptions) => w.a.call(OPS.enableUser, { id: m.id }, o), (o: CallOptions) => w.a.call(OPS.users, {}, o)];
    for (const call of calls) {
      expect(errorCode(await call({ token }))).toBe('FORBIDDEN');
      expect(errorCode(await call({}))).toBe('UNAUTHENTICATED');
    }
    const [operator] = await w.t.dataSource.query(`SELECT id FROM app_user WHERE email = 'operator@studioflex.fr'`);
    const self = await w.a.call(OPS.disableUser, { id: operator.id }, { token: w.t.operatorToken });
    expect(errorCode(self)).toBe('BAD_USER_INPUT');
    expect(self.errors![0].extensions.field).toBe('userId');
    expect(errorCode(await w.a.call(OPS.disableUser, { id: '00000000-0000-4000-8000-000000000000' }, { token: w.t.operatorToken }))).toBe('NOT_FOUND');
    const [{ disabled }] = await w.t.dataSource.query(`SELECT count(*)::int AS disabled FROM app_user WHERE disabled_at IS NOT NULL AND id = $1`, [operator.id]);
    expect(disabled).toBe(0);
  });

  it('the operator lists accounts with their status', async () => {
    const m = await manager();
    const res = await w.a.call(OPS.users, {}, { token: w.t.operatorToken });
    expect(res.data.users).toEqual(expect.arrayContaining([{ id: m.id, email: m.email, status: 'ACTIVE' }, expect.objectContaining({ email: 'operator@studioflex.fr', status: 'ACTIVE' })]));
  });

  it('an expired session opens nothing, even though its token would still verify', async () => {
    const m = await manager();
    const { token } = await signIn(w.a, m.email, TEST_PASSWORD);
    await w.t.dataSource.query(`UPDATE user_session SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [m.id]);
    expect(errorCode(await w.a.call(OPS.me, {}, { token }))).toBe('UNAUTHENTICATED');
  });

  it('keeps only the hash of the session secret', async () => {
    const m = await manager();
    const { token } = await signIn(w.a, m.email, TEST_PASSWORD);
    const sid = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).sid as string;
    expect(sid).toMatch(/^[\w-]{43}$/);
    const [row] = await w.t.dataSource.query(`SELECT secret_hash FROM user_session WHERE user_id = $1`, [m.id]);
    expect(row.secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.secret_hash).not.toContain(sid);
  });
});
