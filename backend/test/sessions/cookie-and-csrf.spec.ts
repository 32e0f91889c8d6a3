import request from 'supertest';
import { createTestApp, errorCode, operationText, TestApp } from '../harness.js';
import { instanceOf, Instance, OPS, signIn } from './sessions-world.js';

const OPERATOR = 'operator@studioflex.fr';

describe('the session cookie', () => {
  let t: TestApp;
  let i: Instance;
  beforeAll(async () => {
    t = await createTestApp();
    i = instanceOf(t);
  });
  afterAll(() => t.close());

  it('is set at sign-in out of page scripts’ reach: HttpOnly, SameSite=Strict, whole site, as long as the session', async () => {
    const { setCookie, token } = await signIn(i, OPERATOR, 'studioflex');
    expect(setCookie).toMatch(/^flex_session=[\w.-]+;/);
    expect(setCookie).toMatch(/; HttpOnly/);
    expect(setCookie).toMatch(/; SameSite=Strict/);
    expect(setCookie).toMatch(/; Path=\//);
    expect(setCookie).toMatch(/; Max-Age=43200/);
    // Plain HTTP (local use): no Secure flag, or the browser would drop the cookie.
    expect(setCookie).not.toMatch(/; Secure/);
    // The token of the contract's answer is the same session, for API clients.
    expect(setCookie.split(';')[0]).toBe(`flex_session=${token}`);
  });

  it('is Secure behind TLS (a proxy on the loopback saying X-Forwarded-Proto: https)', async () => {
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('X-Forwarded-Proto', 'https')
      .send({ query: operationText(OPS.login), variables: { email: OPERATOR, password: 'studioflex' } });
    const cookie = (res.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('flex_session='))!;
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; HttpOnly/);
  });

  it('signs the browser in without any token in the page: me answers from the cookie alone', async () => {
    const { cookie } = await signIn(i, OPERATOR, 'studioflex');
    const me = await i.call(OPS.me, {}, { cookie });
    expect(me.errors).toBeUndefined();
    expect(me.data.me.email).toBe(OPERATOR);
  });

  it('logout ends the session and clears the cookie: neither the cookie nor the token opens anything after', async () => {
    const { cookie, token } = await signIn(i, OPERATOR, 'studioflex');
    const out = await i.call(OPS.logout, {}, { cookie });
    expect(out.data).toEqual({ logout: true });
    expect(out.setCookie.find((c) => c.startsWith('flex_session=;'))).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect(errorCode(await i.call(OPS.me, {}, { cookie }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await i.call(OPS.me, {}, { token }))).toBe('UNAUTHENTICATED');
    const [row] = await t.dataSource.query(`SELECT end_reason FROM user_session WHERE ended_at IS NOT NULL ORDER BY ended_at DESC LIMIT 1`);
    expect(row.end_reason).toBe('LOGOUT');
  });

  it('logout through a Bearer token ends that session too, and answers true even signed out', async () => {
    const { token } = await signIn(i, OPERATOR, 'studioflex');
    await i.call(OPS.logout, {}, { token });
    expect(errorCode(await i.call(OPS.me, {}, { token }))).toBe('UNAUTHENTICATED');
    expect((await i.call(OPS.logout)).data).toEqual({ logout: true });
  });

  it('refuses a token signed with another secret, or a session id nobody issued', async () => {
    const { token } = await signIn(i, OPERATOR, 'studioflex');
    const [header, payload] = token.split('.');
    expect(errorCode(await i.call(OPS.me, {}, { token: `${header}.${payload}.forged-signature` }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await i.call(OPS.me, {}, { cookie: 'flex_session=not-a-token' }))).toBe('UNAUTHENTICATED');
  });
});

describe('cross-site requests with the session cookie (CSRF)', () => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await createTestApp();
    cookie = (await signIn(instanceOf(t), OPERATOR, 'studioflex')).cookie;
  });
  afterAll(() => t.close());

  const countStudios = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM studio`))[0].n;
  const mutation = `mutation { createStudio(input: { name: "CSRF Studio", legalName: "CSRF SAS", siret: "85212345600018", billingAddress: "1 rue X, 16000 Angoulême", contactEmail: "csrf@example.fr" }) { id } }`;

  it('refuses a text/plain POST (what a cross-site form sends without a preflight) and changes nothing', async () => {
    const before = await countStudios();
    const res = await request(t.app.getHttpServer()).post('/graphql').set('Cookie', cookie).set('Content-Type', 'text/plain').send(JSON.stringify({ query: mutation }));
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/CSRF|preflight/i);
    expect(await countStudios()).toBe(before);
  });

  it('refuses a urlencoded form POST and a multipart one', async () => {
    const before = await countStudios();
    const form = await request(t.app.getHttpServer()).post('/graphql').set('Cookie', cookie).type('form').send({ query: mutation });
    expect(form.status).toBe(400);
    const multipart = await request(t.app.getHttpServer()).post('/graphql').set('Cookie', cookie).field('query', mutation);
    expect(multipart.status).toBe(400);
    expect(await countStudios()).toBe(before);
  });

  it('refuses a GET (an <img> or a link) whether it carries a mutation or a query', async () => {
    const before = await countStudios();
    const get = await request(t.app.getHttpServer()).get('/graphql').query({ query: mutation }).set('Cookie', cookie);
    expect(get.status).toBe(400);
    const read = await request(t.app.getHttpServer()).get('/graphql').query({ query: '{ me { email } }' }).set('Cookie', cookie);
    expect(read.status).toBe(400);
    expect(read.text).not.toContain('operator@studioflex.fr');
    expect(await countStudios()).toBe(before);
  });

  it('answers the same-site app (JSON POST with the cookie)', async () => {
    const res = await request(t.app.getHttpServer()).post('/graphql').set('Cookie', cookie).send({ query: '{ me { email } }' });
    expect(res.body.data.me.email).toBe('operator@studioflex.fr');
  });
});
