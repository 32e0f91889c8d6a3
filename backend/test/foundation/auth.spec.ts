import { makeManager, makeStudio, TEST_PASSWORD } from '../../../seeds/factories/index.js';
import { createTestApp, errorCode, TestApp } from '../harness.js';
import { CreateUserAuth2Document, DesksAuthDocument, KitsAuthDocument, LoginAuth3Document, LoginAuthDocument, MeDocument } from '../documents.js';

describe('sign-in and roles', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('signs the operator in and answers me', async () => {
    const res = await t.gql(MeDocument, {}, t.operatorToken);
    expect(res.errors).toBeUndefined();
    expect(res.data.me).toMatchObject({ email: 'operator@studioflex.fr', role: 'OPERATOR', studio: null });
  });

  it('refuses a wrong password with UNAUTHENTICATED and no token', async () => {
    const res = await t.gql(LoginAuthDocument);
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
    expect(res.data).toBeNull();
  });

  it('answers UNAUTHENTICATED to every operation but login without a token', async () => {
    expect(errorCode(await t.gql(MeDocument))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(DesksAuthDocument))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(KitsAuthDocument, {}, 'not-a-token'))).toBe('UNAUTHENTICATED');
  });

  it('lets the operator create a manager bound to a studio, who can then sign in', async () => {
    const studio = await makeStudio(t.dataSource);
    const res = await t.gql(
      CreateUserAuth2Document,
      { input: { email: 'Lea.Dubois@Example.fr', fullName: 'Léa Dubois', password: 'a-long-password', role: 'STUDIO_MANAGER', studioId: studio.id } },
      t.operatorToken,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.createUser).toMatchObject({ email: 'lea.dubois@example.fr', role: 'STUDIO_MANAGER', studio: { id: studio.id } });
    const token = await t.login('lea.dubois@example.fr', 'a-long-password');
    const me = await t.gql(MeDocument, {}, token);
    expect(me.data.me).toMatchObject({ fullName: 'Léa Dubois', studio: { id: studio.id, name: studio.name } });
    const [{ password_hash }] = await t.dataSource.query(`SELECT password_hash FROM app_user WHERE email = 'lea.dubois@example.fr'`);
    expect(password_hash).toMatch(/^\$argon2id\$/);
  });

  it('forbids a manager from creating users', async () => {
    const studio = await makeStudio(t.dataSource);
    const manager = await makeManager(t.dataSource, studio.id);
    const token = await t.login(manager.email, TEST_PASSWORD);
    const before = await t.dataSource.query('SELECT count(*)::int AS n FROM app_user');
    const res = await t.gql(CreateUserAuth2Document, { input: { email: 'x@example.fr', fullName: 'X', password: 'a-long-password', role: 'OPERATOR' } }, token);
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(await t.dataSource.query('SELECT count(*)::int AS n FROM app_user')).toEqual(before);
  });

  it('refuses bad user input with BAD_USER_INPUT naming the field, and creates nothing', async () => {
    const before = await t.dataSource.query('SELECT count(*)::int AS n FROM app_user');
    const badEmail = await t.gql(CreateUserAuth2Document, { input: { email: 'not-an-email', fullName: 'X', password: 'a-long-password', role: 'OPERATOR' } }, t.operatorToken);
    expect(errorCode(badEmail)).toBe('BAD_USER_INPUT');
    expect(badEmail.errors![0].extensions.field).toBe('email');
    const noStudio = await t.gql(CreateUserAuth2Document, { input: { email: 'm@example.fr', fullName: 'M', password: 'a-long-password', role: 'STUDIO_MANAGER' } }, t.operatorToken);
    expect(errorCode(noStudio)).toBe('BAD_USER_INPUT');
    expect(noStudio.errors![0].extensions.field).toBe('studioId');
    const badRole = await t.gqlRaw(CreateUserAuth2Document, { input: { email: 'm@example.fr', fullName: 'M', password: 'a-long-password', role: 'KING' } }, t.operatorToken);
    expect(errorCode(badRole)).toBe('BAD_USER_INPUT');
    expect(badRole.status).toBeLessThan(500);
    const duplicate = await t.gql(CreateUserAuth2Document, { input: { email: 'operator@studioflex.fr', fullName: 'M', password: 'a-long-password', role: 'OPERATOR' } }, t.operatorToken);
    expect(errorCode(duplicate)).toBe('BAD_USER_INPUT');
    expect(await t.dataSource.query('SELECT count(*)::int AS n FROM app_user')).toEqual(before);
  });

  it('answers malformed queries with BAD_USER_INPUT, never a 500 or a stack trace', async () => {
    for (const query of ['{ desks { nope } }', '{ desks { id ', 'mutation { login(email: 3) { token } }']) {
      const res = await t.gqlRaw(query, {}, t.operatorToken);
      expect(res.status).toBeLessThan(500);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|\.ts:\d+/);
    }
  });

  it('slows down guessing one e-mail: after 5 failures the next attempt must wait (test/sessions/sign-in-limits.spec.ts has the rest)', async () => {
    const email = 'nobody-' + Date.now() + '@example.fr';
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await t.gql(LoginAuth3Document, { e: email });
      codes.push(errorCode(res) as string);
    }
    expect(codes).toEqual(Array(5).fill('UNAUTHENTICATED'));
    const limited = await t.gql(LoginAuth3Document, { e: email });
    expect(errorCode(limited)).toBe('FORBIDDEN');
    expect(limited.errors![0].extensions).toMatchObject({ reason: 'RATE_LIMITED', retryAfterSeconds: 1 });
  });
});
