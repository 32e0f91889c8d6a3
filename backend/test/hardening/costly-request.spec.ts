import pg from 'pg';
import { addDays } from '../../src/common/time/dates.js';
import { MAX_DAYS_PER_REQUEST } from '../../src/request-budget.js';
import { REQUEST_LIMITS } from '../../src/common/graphql/request-limits.js';
import { makeBooking, makeContract, makeManager, makeStudio, TEST_PASSWORD } from '../../../seeds/factories/index.js';
import { createTestApp, TestApp } from '../harness.js';

const REPORT = 'netAvoidedKg deskDays perStudio { studio { id } deskDays } months { month machinesAvoided cumulativeNetAvoidedKg }';

/** The most a manager may ask in one request: 15 CO2 reports whose periods fill the request's budget. */
function maximalRequest(): string {
  const days = Math.floor(MAX_DAYS_PER_REQUEST / REQUEST_LIMITS.aliases);
  const fields = Array.from({ length: REQUEST_LIMITS.aliases }, (_, i) => {
    const from = addDays('2020-01-01', i * days);
    return `r${i}: co2Report(from: "${from}", to: "${addDays(from, days - 1)}") { ${REPORT} }`;
  });
  return `{ ${fields.join(' ')} }`;
}

/**
 * One costly request must not stall the others: the most one request may ask for holds at
 * most REQUEST_LIMITS.aliases database connections, fewer than the pool has, and leaves the
 * event loop free while it waits. Asserted by order, not by time: the report request is held
 * on a lock the test takes, and /health and another caller are answered meanwhile.
 */
describe('a costly request beside the others', () => {
  let t: TestApp;
  let manager: string;
  let lock: pg.Client;
  beforeAll(async () => {
    t = await createTestApp();
    const studio = await makeStudio(t.dataSource);
    const contract = await makeContract(t.dataSource, studio.id, { startDate: '2020-01-01', endDate: '2031-12-31' });
    for (let year = 2020; year <= 2030; year++) {
      for (const [from, to, desks] of [['03-02', '06-30', ['A01', 'A02', 'A03']], ['09-01', '12-18', ['B01', 'B02']]] as const) {
        await makeBooking(t.dataSource, { studioId: studio.id, contractId: contract.id, deskCodes: [...desks], startDate: `${year}-${from}`, endDate: `${year}-${to}` });
      }
    }
    const user = await makeManager(t.dataSource, studio.id);
    manager = await t.login(user.email, TEST_PASSWORD);
    const [{ db }] = await t.dataSource.query('SELECT current_database() AS db');
    lock = new pg.Client({ connectionString: Object.assign(new URL(process.env.FLEX_TEST_SERVER_URL!), { pathname: `/${db}` }).toString() });
    await lock.connect();
  });
  afterAll(async () => {
    await lock.end();
    await t.close();
  });

  const waitingOnLock = async () => {
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
    return n as number;
  };

  it('is allowed at its maximum, and /health and other callers are answered while it runs', async () => {
    await lock.query('BEGIN');
    await lock.query('LOCK TABLE booking_desk IN ACCESS EXCLUSIVE MODE');
    let heavyDone = false;
    const heavy = t.gqlRaw<Record<string, { deskDays: number; months: unknown[] }>>(maximalRequest(), {}, manager).finally(() => (heavyDone = true));
    try {
      // Every report of the request is now in flight, each waiting on the lock with its connection.
      while ((await waitingOnLock()) < REQUEST_LIMITS.aliases) await new Promise((r) => setTimeout(r, 20));
      const health = await t.http().get('/health');
      expect(health.status).toBe(200);
      const other = await t.gqlRaw<{ desks: unknown[] }>('{ me { email } desks { code } }', {}, t.operatorToken);
      expect(other.errors).toBeUndefined();
      expect(other.data.desks).toHaveLength(40);
      expect(heavyDone).toBe(false);
      expect(await waitingOnLock()).toBe(REQUEST_LIMITS.aliases);
    } finally {
      await lock.query('ROLLBACK');
    }
    const res = await heavy;
    expect(res.errors).toBeUndefined();
    expect(Object.keys(res.data)).toHaveLength(REQUEST_LIMITS.aliases);
    expect(res.data.r0.deskDays).toBeGreaterThan(0);
    expect(res.data.r14.months.length).toBeGreaterThan(8);
  });

  it('is refused one step beyond, before any report is computed', async () => {
    const beyond = maximalRequest().replace('r0: co2Report(from: "2020-01-01"', 'r0: co2Report(from: "2019-12-01"');
    const res = await t.gqlRaw(beyond, {}, manager);
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', limit: 'PERIOD', max: MAX_DAYS_PER_REQUEST });
    expect(res.data).toBeUndefined();
  });
});
