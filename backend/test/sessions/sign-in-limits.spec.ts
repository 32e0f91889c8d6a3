import { makeManager, makeStudio, TEST_PASSWORD } from '../../../seeds/factories/index.js';
import { ADDRESS_FAILURES, BACKOFF_CAP_SECONDS, BACKOFF_FREE_FAILURES, backoffSeconds, PAIR_FAILURES } from '../../src/modules/auth/sign-in-limits.js';
import { errorCode } from '../harness.js';
import { Instance, OPS, sessionsWorld } from './sessions-world.js';

const HOME = '192.0.2.10';
const attacker = (n: number) => `203.0.113.${n}`;

describe('sign-in limits: failures only, an attacker slowed down, the owner never locked out', () => {
  const w = sessionsWorld({ second: true });
  // Time stands still unless a test moves it: waits are whole seconds, requests take some.
  let now: number;
  beforeEach(() => {
    now = Date.now();
    w.t.clock.freezeAt(new Date(now));
    w.b.clock.freezeAt(new Date(now));
  });
  afterEach(() => {
    w.t.clock.reset();
    w.b.clock.reset();
  });

  /** A manager who signed in once from HOME (so HOME is a known address). */
  const owner = async () => {
    const m = await makeManager(w.t.dataSource, (await makeStudio(w.t.dataSource)).id);
    expect((await w.a.call(OPS.login, { email: m.email, password: TEST_PASSWORD }, { address: HOME })).errors).toBeUndefined();
    return m;
  };
  const tryLogin = (i: Instance, email: string, password: string, address: string) => i.call(OPS.login, { email, password }, { address });
  const later = (seconds: number) => {
    now += seconds * 1000;
    w.t.clock.freezeAt(new Date(now));
    w.b.clock.freezeAt(new Date(now));
  };

  it('waits 1, 2, 4… s after the 5th failure, at most 15 minutes', () => {
    expect([0, 4, 5, 6, 7, 10].map(backoffSeconds)).toEqual([0, 0, 1, 2, 4, 32]);
    expect(backoffSeconds(40)).toBe(BACKOFF_CAP_SECONDS);
    expect(BACKOFF_CAP_SECONDS).toBe(900);
  });

  it('lets 5 failures through, then makes the next attempt wait, doubling each time, even with the right password', async () => {
    const m = await owner();
    for (let k = 1; k <= BACKOFF_FREE_FAILURES; k++) expect(errorCode(await tryLogin(w.a, m.email, 'wrong', attacker(k)))).toBe('UNAUTHENTICATED');
    for (const wait of [1, 2, 4, 8]) {
      const refused = await tryLogin(w.a, m.email, TEST_PASSWORD, attacker(50));
      expect(refused.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'RATE_LIMITED', retryAfterSeconds: wait });
      expect(refused.data).toBeNull();
      later(wait);
      expect(errorCode(await tryLogin(w.a, m.email, 'wrong', attacker(60 + wait)))).toBe('UNAUTHENTICATED');
    }
  });

  it('does not hold up the owner at an address they signed in from, however many failures came from elsewhere', async () => {
    const m = await owner();
    const codes: string[] = [];
    for (let k = 1; k <= 20; k++) codes.push(errorCode(await tryLogin(w.a, m.email, 'wrong', attacker(k)))!);
    // 14 wrong tries from other addresses used to lock the owner out: now 5 are tried, the rest wait.
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(BACKOFF_FREE_FAILURES);
    expect(codes.slice(BACKOFF_FREE_FAILURES).every((c) => c === 'FORBIDDEN')).toBe(true);
    const home = await tryLogin(w.a, m.email, TEST_PASSWORD, HOME);
    expect(home.errors).toBeUndefined();
    expect(home.data.login.token).toEqual(expect.any(String));
    // From a new address the owner waits (at most 15 minutes), then gets in.
    const away = await tryLogin(w.a, m.email, TEST_PASSWORD, '198.51.100.7');
    expect(away.errors![0].extensions.reason).toBe('RATE_LIMITED');
    later(away.errors![0].extensions.retryAfterSeconds as number);
    expect((await tryLogin(w.a, m.email, TEST_PASSWORD, '198.51.100.7')).errors).toBeUndefined();
  });

  it('starts counting again after an hour without failure', async () => {
    const m = await owner();
    for (let k = 1; k <= BACKOFF_FREE_FAILURES; k++) await tryLogin(w.a, m.email, 'wrong', attacker(k));
    expect(errorCode(await tryLogin(w.a, m.email, 'wrong', attacker(9)))).toBe('FORBIDDEN');
    later(3601);
    for (let k = 1; k <= BACKOFF_FREE_FAILURES; k++) expect(errorCode(await tryLogin(w.a, m.email, 'wrong', attacker(k)))).toBe('UNAUTHENTICATED');
  });

  it('never counts successful sign-ins', async () => {
    const m = await owner();
    for (let k = 1; k < BACKOFF_FREE_FAILURES; k++) expect(errorCode(await tryLogin(w.a, m.email, 'wrong', '198.51.100.30'))).toBe('UNAUTHENTICATED');
    for (let k = 0; k < PAIR_FAILURES + 5; k++) expect((await tryLogin(w.a, m.email, TEST_PASSWORD, '198.51.100.30')).errors).toBeUndefined();
    // Four failures, fifteen successes: the fifth failure is still let through, the sixth attempt waits
    // (from other addresses: .30 is now one the owner signed in from).
    expect(errorCode(await tryLogin(w.a, m.email, 'wrong', '198.51.100.31'))).toBe('UNAUTHENTICATED');
    expect(errorCode(await tryLogin(w.a, m.email, TEST_PASSWORD, '198.51.100.32'))).toBe('FORBIDDEN');
  });

  it(`limits one e-mail and address pair to ${PAIR_FAILURES} failures in 15 minutes, known address or not`, async () => {
    const m = await owner();
    for (let k = 0; k < PAIR_FAILURES; k++) expect(errorCode(await tryLogin(w.a, m.email, 'wrong', HOME))).toBe('UNAUTHENTICATED');
    const limited = await tryLogin(w.a, m.email, TEST_PASSWORD, HOME);
    expect(limited.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'RATE_LIMITED' });
    expect(limited.errors![0].extensions.retryAfterSeconds).toBeGreaterThan(800);
    later(15 * 60 + 1);
    expect((await tryLogin(w.a, m.email, TEST_PASSWORD, HOME)).errors).toBeUndefined();
  });

  it(`limits one address to ${ADDRESS_FAILURES} failures in 15 minutes over all e-mails`, async () => {
    const spray = '198.51.100.99';
    for (let k = 0; k < ADDRESS_FAILURES; k++) expect(errorCode(await tryLogin(w.a, `nobody-${k}-${Date.now()}@example.fr`, 'wrong', spray))).toBe('UNAUTHENTICATED');
    expect(errorCode(await tryLogin(w.a, `someone-else-${Date.now()}@example.fr`, 'wrong', spray))).toBe('FORBIDDEN');
    const m = await owner();
    expect((await tryLogin(w.a, m.email, TEST_PASSWORD, '198.51.100.98')).errors).toBeUndefined();
  });

  it('counts failures on two app instances sharing the database as one', async () => {
    const m = await owner();
    for (let k = 1; k <= 3; k++) expect(errorCode(await tryLogin(w.a, m.email, 'wrong', attacker(k)))).toBe('UNAUTHENTICATED');
    for (let k = 4; k <= BACKOFF_FREE_FAILURES; k++) expect(errorCode(await tryLogin(w.b, m.email, 'wrong', attacker(k)))).toBe('UNAUTHENTICATED');
    expect(errorCode(await tryLogin(w.a, m.email, 'wrong', attacker(40)))).toBe('FORBIDDEN');
    expect(errorCode(await tryLogin(w.b, m.email, 'wrong', attacker(41)))).toBe('FORBIDDEN');
    // The pair limit too: failures from the owner's address on both instances add up.
    for (let k = 0; k < PAIR_FAILURES; k++) await tryLogin(k % 2 ? w.a : w.b, m.email, 'wrong', HOME);
    expect(errorCode(await tryLogin(w.a, m.email, TEST_PASSWORD, HOME))).toBe('FORBIDDEN');
    expect(errorCode(await tryLogin(w.b, m.email, TEST_PASSWORD, HOME))).toBe('FORBIDDEN');
  });

  it('lets no more than 5 parallel guesses through (each attempt is counted before the password is checked)', async () => {
    const m = await owner();
    const results = await Promise.all(Array.from({ length: 16 }, (_, k) => tryLogin(k % 2 ? w.a : w.b, m.email, 'wrong', attacker(100 + k))));
    const codes = results.map(errorCode);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(BACKOFF_FREE_FAILURES);
    expect(codes.filter((c) => c === 'FORBIDDEN')).toHaveLength(16 - BACKOFF_FREE_FAILURES);
  });

  it('keeps the counters in PostgreSQL with hashed keys: no e-mail or address in clear', async () => {
    const m = await owner();
    await tryLogin(w.a, m.email, 'wrong', '198.51.100.77');
    const rows = await w.t.dataSource.query(`SELECT key FROM rate_limit_window UNION ALL SELECT email_hash FROM sign_in_backoff`);
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toMatch(/example\.fr|198\.51\.100\.77/);
  });
});
