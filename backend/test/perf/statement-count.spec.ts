import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { createTestApp, TestApp } from '../harness.js';
import { makeTenant, ok, OPS, startOfTestDay, Tenant } from '../booking/booking-world.js';
import { CountBoardDocument, CountCo2Document, CountInvoicesDocument } from '../documents.js';

/*
 * The main reads send the same number of SQL statements whatever the number of rows: counted
 * on the app's own connections (every query a pooled client sends), with 10 bookings, then
 * with 1,000. An N+1 (a statement per row) makes the second count larger and fails.
 */

const DAILY_BOARD = CountBoardDocument;
const INVOICES = CountInvoicesDocument;
const CO2_REPORT = CountCo2Document;

type Counted = { count: number };

/** Wraps the pool's clients so that each query they send adds one to `counter.count`. */
function countStatements(t: TestApp): Counted {
  const counter = { count: 0 };
  const driver = t.dataSource.driver as PostgresDriver;
  const obtain = driver.obtainMasterConnection.bind(driver);
  const wrapped = new WeakSet<object>();
  driver.obtainMasterConnection = async () => {
    const [client, release] = (await obtain()) as [{ query: (...args: unknown[]) => unknown }, () => void];
    if (!wrapped.has(client)) {
      const query = client.query.bind(client);
      client.query = (...args: unknown[]) => {
        counter.count++;
        return query(...args);
      };
      wrapped.add(client);
    }
    return [client, release];
  };
  return counter;
}

/**
 * Bookings `from`…`to` (0-based) of one desk-week each: booking n takes desk n mod 40 in week
 * n div 40 from 2 March 2026, for the tenants in turn; those of the first week get a crew
 * member on their desk, checked in on the first day; each booking adds a draft invoice.
 */
async function addRows(t: TestApp, tenants: Tenant[], from: number, to: number): Promise<void> {
  const ids = tenants.map((x) => x.studioId);
  const contracts = tenants.map((x) => x.contract.id);
  await t.dataSource.query(
    `WITH n AS (SELECT n, $3::uuid[] AS studios, $4::uuid[] AS contracts FROM generate_series($1::int, $2::int) AS n),
     d AS (SELECT id, (row_number() OVER (ORDER BY code) - 1)::int AS i FROM desk),
     b AS (
       INSERT INTO booking (reference, studio_id, contract_id, production_name, start_date, end_date, status, confirmed_at)
       SELECT 'BK-COUNT-' || n, studios[1 + n % array_length(studios, 1)], contracts[1 + n % array_length(contracts, 1)], 'Compte ' || n,
              date '2026-03-02' + 7 * (n / 40), date '2026-03-02' + 7 * (n / 40) + 4, 'CONFIRMED', now()
         FROM n RETURNING id, reference, studio_id, start_date, end_date)
     INSERT INTO booking_desk (booking_id, desk_id, days, live)
     SELECT b.id, d.id, daterange(b.start_date, b.end_date, '[]'), true
       FROM b JOIN d ON d.i = substr(b.reference, 10)::int % 40`,
    [from, to, ids, contracts],
  );
  await t.dataSource.query(
    `WITH a AS (
       SELECT bd.booking_id, bd.desk_id, bd.days, b.studio_id, gen_random_uuid() AS member_id, gen_random_uuid() AS assignment_id
         FROM booking_desk bd JOIN booking b ON b.id = bd.booking_id
        WHERE b.reference LIKE 'BK-COUNT-%' AND substr(b.reference, 10)::int BETWEEN $1 AND $2 AND lower(bd.days) = date '2026-03-02'),
     m AS (INSERT INTO crew_member (id, studio_id, full_name) SELECT member_id, studio_id, 'Équipier ' || assignment_id FROM a),
     s AS (INSERT INTO crew_assignment (id, studio_id, booking_id, crew_member_id, desk_id, days) SELECT assignment_id, studio_id, booking_id, member_id, desk_id, days FROM a)
     INSERT INTO crew_check_in (assignment_id, crew_member_id, desk_id, studio_id, day, checked_in_at)
     SELECT assignment_id, member_id, desk_id, studio_id, date '2026-03-02', timestamptz '2026-03-02 09:00+01' FROM a`,
    [from, to],
  );
  await t.dataSource.query(
    `INSERT INTO invoice (studio_id, month, status)
     SELECT ($3::uuid[])[1 + n % array_length($3::uuid[], 1)], to_char(date '1990-01-01' + make_interval(months => n), 'YYYY-MM'), 'DRAFT'
       FROM generate_series($1::int, $2::int) AS n`,
    [from, to, ids],
  );
}

describe('statements per request do not grow with the rows', () => {
  let t: TestApp;
  let counter: Counted;
  let tenants: Tenant[];
  beforeAll(async () => {
    t = await createTestApp();
    t.clock.travelTo(startOfTestDay());
    tenants = [await makeTenant(t), await makeTenant(t), await makeTenant(t)];
    counter = countStatements(t);
  });
  afterAll(() => t.close());

  const reads: Array<{ name: string; max: number | null; run: () => Promise<unknown> }> = [
    { name: 'deskCalendar (a year)', max: 5, run: async () => ok(await t.gql(OPS.deskCalendar, { from: '2026-03-01', to: '2027-02-28' }, t.operatorToken)) },
    { name: 'availability (a year)', max: 5, run: async () => ok(await t.gql(OPS.availability, { from: '2026-03-01', to: '2027-02-28' }, t.operatorToken)) },
    { name: 'bookings list (a year)', max: 5, run: async () => ok(await t.gql(OPS.bookings, { from: '2026-03-01', to: '2027-02-28' }, t.operatorToken)) },
    { name: 'invoices list', max: 5, run: async () => ok(await t.gql(INVOICES, {}, t.operatorToken)) },
    { name: 'dailyBoard', max: 5, run: async () => ok(await t.gql(DAILY_BOARD, { date: '2026-03-02' }, t.operatorToken)) },
    { name: 'co2Report (a year)', max: null, run: async () => ok(await t.gql(CO2_REPORT, { from: '2026-03-01', to: '2027-02-28' }, t.operatorToken)) },
  ];

  async function countAll(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const read of reads) {
      await read.run(); // warm: the first call of a kind may read settings once
      const before = counter.count;
      const answer = await read.run();
      counts[read.name] = counter.count - before;
      expect(answer).toBeTruthy();
    }
    return counts;
  }

  it('sends as many statements with 1,000 bookings as with 10, and at most 5 for the calendar, availability, board and lists', async () => {
    await addRows(t, tenants, 0, 9);
    const few = await countAll();
    await addRows(t, tenants, 10, 999);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM booking WHERE reference LIKE 'BK-COUNT-%'`);
    expect(n).toBe(1000);
    const many = await countAll();
    expect(many).toEqual(few);
    for (const read of reads) {
      expect(few[read.name]).toBeGreaterThan(0);
      if (read.max !== null) expect({ read: read.name, statements: few[read.name] }).toEqual({ read: read.name, statements: Math.min(few[read.name], read.max) });
    }
  });
});
