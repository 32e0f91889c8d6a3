import { BookingStatus } from '../../src/modules/booking/booking.entity.js';
import { SignInLimits, PAIR_FAILURES } from '../../src/modules/auth/sign-in-limits.js';
import { MailService } from '../../src/modules/mail/mail.service.js';
import { makeBooking, makeContract, makeManager, makeStudio, TEST_PASSWORD } from '../../../seeds/factories/index.js';
import { addDays } from '../../src/common/time/dates.js';
import { deskIds, makeTenant, OPS, overlappingLiveRows, Tenant } from '../booking/booking-world.js';
import { createTestApp, errorCode, TestApp } from '../harness.js';
import { startSmtpCapture } from '../invoicing/mail-capture.js';
import { caller, OPS as SESSION_OPS } from '../sessions/sessions-world.js';
import { data, JOB_NAMES, JOB_OPS, queueIdle, runsOf, until } from './fleet-world.js';

/**
 * Two app instances (A and B, each its own pool, pg-boss and HTTP server) on one PostgreSQL
 * database, both with FLEX_JOBS=1, as two replicas behind a load balancer.
 */
describe('a fleet of two instances on one database', () => {
  let a: TestApp;
  let b: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    const config = { jobs: true, smtpUrl: smtp.url };
    a = await createTestApp({ config });
    b = await createTestApp({ config, sameDatabaseAs: a });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
    await smtp?.close();
  });

  it('schedules every job once for the fleet, in Paris time', async () => {
    const rows: Array<{ name: string; timezone: string }> = await a.dataSource.query(`SELECT name, options->>'tz' AS timezone FROM pgboss.schedule ORDER BY name`);
    expect(rows.map((r) => r.name)).toEqual(JOB_NAMES);
    expect(new Set(rows.map((r) => r.timezone))).toEqual(new Set(['Europe/Paris']));
    const listed = data(await b.gql(JOB_OPS.jobs, {}, b.operatorToken)).jobs;
    expect(listed.map((j) => j.name)).toEqual(JOB_NAMES);
    for (const job of listed) expect(new Date(job.nextRunAt!).getTime()).toBeGreaterThan(Date.now() - 1000);
    // From here on only the operator's "run now" starts a job: the counts below are exact.
    await a.dataSource.query(`DELETE FROM pgboss.schedule`);
    await until(async () => {
      const [{ n }] = await a.dataSource.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE state IN ('created', 'retry', 'active')`);
      const [{ running }] = await a.dataSource.query(`SELECT count(*)::int AS running FROM job_run WHERE state = 'RUNNING'`);
      return n + running === 0 ? true : undefined;
    }, 'the runs the schedules started at boot to finish');
  });

  it('books concurrently through both: no overlap, every refusal DESK_UNAVAILABLE', async () => {
    const desk = await deskIds(a);
    const tenants: Tenant[] = [];
    for (let i = 0; i < 6; i++) tenants.push(await makeTenant(a));
    const pool = ['B01', 'B02', 'B03'];
    const results = await Promise.all(
      Array.from({ length: 24 }, (_, i) => {
        const instance = i % 2 ? b : a;
        const startDate = addDays('2027-05-03', i % 3);
        const input = { studioId: tenants[i % 6].studioId, productionName: `Rush ${i}`, startDate, endDate: addDays(startDate, 3), deskIds: [desk[pool[i % 3]]] };
        return instance.gql(OPS.bookDesks, { input }, tenants[i % 6].token);
      }),
    );
    const losers = results.filter((r) => r.errors);
    expect(losers.map(errorCode).filter((c) => c !== 'DESK_UNAVAILABLE')).toEqual([]);
    expect(results.length - losers.length).toBeGreaterThanOrEqual(pool.length);
    expect(await overlappingLiveRows(a)).toEqual([]);
  });

  it('runs each job once when the operator presses "run now" on both instances at once', async () => {
    const studio = await makeStudio(a.dataSource);
    const contract = await makeContract(a.dataSource, studio.id);
    const option = await makeBooking(a.dataSource, { studioId: studio.id, contractId: contract.id, deskCodes: ['C01'], startDate: '2027-06-07', endDate: '2027-06-11', status: BookingStatus.OPTION, optionExpiresAt: new Date(Date.now() - 3_600_000) });
    const recipient = `fleet-${Date.now()}@example.fr`;
    await a.dataSource.transaction((em) => a.app.get(MailService).enqueue({ to: recipient, subject: 'Une seule fois', text: 'Bonjour', kind: 'TEST' }, em));

    for (const name of JOB_NAMES) {
      const since = new Date(Date.now() - 1000);
      const queued = await Promise.all([a.gql(JOB_OPS.runJob, { name }, a.operatorToken), b.gql(JOB_OPS.runJob, { name }, b.operatorToken)]);
      expect({ name, queued: queued.map((q) => data(q).runJob).sort() }).toEqual({ name, queued: [false, true] });
      const runs = await until(async () => {
        const rows = await runsOf(a.dataSource, name, since);
        return rows.length && rows.every((r) => r.state !== 'RUNNING') && (await queueIdle(a.dataSource, name)) ? rows : undefined;
      }, `${name} to run`);
      expect({ name, runs: runs.map((r) => r.state) }).toEqual({ name, runs: ['COMPLETED'] });
    }

    const [{ status }] = await a.dataSource.query(`SELECT status FROM booking WHERE id = $1`, [option.id]);
    expect(status).toBe(BookingStatus.EXPIRED);
    const [expiry] = await runsOf(a.dataSource, 'booking.option-expiry', new Date(0));
    expect(expiry.outcome).toBe('1 option(s) expired and released their desks');
    expect(smtp.inbox.filter((m) => m.to.includes(recipient))).toHaveLength(1);
    const [{ outbox }] = await a.dataSource.query(`SELECT status AS outbox FROM outbox_message WHERE to_address = $1`, [recipient]);
    expect(outbox).toBe('SENT');
    // The operator sees it from either instance.
    const seen = data(await b.gql(JOB_OPS.jobs, {}, b.operatorToken)).jobs.find((j) => j.name === 'booking.option-expiry');
    expect(seen).toMatchObject({ failures: 0, waiting: false, nextRunAt: null, lastRun: { state: 'COMPLETED', outcome: expiry.outcome } });
  });

  it('refuses an unknown job with BAD_USER_INPUT and queues nothing', async () => {
    const res = await a.gql(JOB_OPS.runJob, { name: 'nope.nothing' }, a.operatorToken);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    const [{ n }] = await a.dataSource.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'nope.nothing'`);
    expect(n).toBe(0);
  });

  it(`holds a sign-in limit reached through A on B (${PAIR_FAILURES} failures, then the right password)`, async () => {
    const m = await makeManager(a.dataSource, (await makeStudio(a.dataSource)).id);
    const home = '192.0.2.44';
    const [onA, onB] = [caller(a.app), caller(b.app)];
    expect((await onA(SESSION_OPS.login, { email: m.email, password: TEST_PASSWORD }, { address: home })).errors).toBeUndefined();
    for (let k = 0; k < PAIR_FAILURES; k++) expect(errorCode(await onA(SESSION_OPS.login, { email: m.email, password: 'wrong' }, { address: home }))).toBe('UNAUTHENTICATED');
    const refused = await onB(SESSION_OPS.login, { email: m.email, password: TEST_PASSWORD }, { address: home });
    expect(refused.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'RATE_LIMITED' });
    expect(b.app.get(SignInLimits)).not.toBe(a.app.get(SignInLimits));
  });

  it('ends a session signed out on A on B at once', async () => {
    const m = await makeManager(a.dataSource, (await makeStudio(a.dataSource)).id);
    const token = await a.login(m.email, TEST_PASSWORD);
    expect(data(await b.gql(SESSION_OPS.me, {}, token)).me.email).toBe(m.email);
    expect(data(await a.gql(SESSION_OPS.logout, {}, token)).logout).toBe(true);
    expect(errorCode(await b.gql(SESSION_OPS.me, {}, token))).toBe('UNAUTHENTICATED');
  });
});
