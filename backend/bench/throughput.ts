import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { addDays, isoWeekday, LocalDate } from '../src/common/time/dates.js';
import { GqlClient } from './client.js';
import { QueryCounter } from './database.js';
import * as Q from './operations.js';
import { round } from './stats.js';

/*
 * bookDesks throughput: CLIENTS clients at once, each booking its own desk week after week
 * (no contention), against CLIENTS plain-SQL connections doing the same inserts (booking and
 * its desk row) in their own transactions. Then no desk may be held twice on any day.
 */

const CLIENTS = 8;

export interface Throughput {
  clients: number;
  bookingsPerClient: number;
  apiRequestsPerSecond: number;
  sqlTransactionsPerSecond: number;
  apiToSql: number;
  statementsPerBooking: number;
}

interface ThroughputContext {
  client: GqlClient;
  counter: QueryCounter;
  dbUrl: string;
  sql: pg.Client;
  operator: string;
  /** First day past the generated data (nothing booked from there). */
  freeFrom: LocalDate;
  perClient: number;
  check: (ok: boolean, message: string) => void;
}

const mondayFrom = (d: LocalDate) => addDays(d, ((8 - isoWeekday(d)) % 7) as number);

async function plainSql(dbUrl: string, studio: { id: string; contractId: string }, desks: string[], monday: LocalDate, perClient: number): Promise<number> {
  const clients = await Promise.all(desks.map(async () => {
    const c = new pg.Client({ connectionString: dbUrl });
    await c.connect();
    return c;
  }));
  const start = performance.now();
  await Promise.all(
    clients.map(async (c, i) => {
      for (let w = 0; w < perClient; w++) {
        const first = addDays(monday, 7 * w);
        await c.query('BEGIN');
        const { rows } = await c.query<{ id: string }>(
          `INSERT INTO booking (reference, studio_id, contract_id, production_name, start_date, end_date, status, confirmed_at)
           VALUES ('SQL-' || gen_random_uuid(), $1, $2, 'Débit SQL', $3, $4, 'CONFIRMED', now()) RETURNING id`,
          [studio.id, studio.contractId, first, addDays(first, 4)],
        );
        await c.query(`INSERT INTO booking_desk (booking_id, desk_id, days, live) VALUES ($1, $2, daterange($3::date, $4::date, '[]'), true)`, [rows[0].id, desks[i], first, addDays(first, 4)]);
        await c.query('COMMIT');
      }
    }),
  );
  const ms = performance.now() - start;
  await Promise.all(clients.map((c) => c.end()));
  return ms;
}

export async function bookDesksThroughput(ctx: ThroughputContext): Promise<Throughput> {
  const { rows: studios } = await ctx.sql.query<{ id: string; contractId: string }>(
    `SELECT s.id, c.id AS "contractId" FROM studio s JOIN contract c ON c.studio_id = s.id AND c.status = 'ACTIVE'
      WHERE c.end_date >= $1::date + 14 + 7 * $2::int ORDER BY s.name LIMIT 1`,
    [ctx.freeFrom, ctx.perClient],
  );
  if (!studios.length) throw new Error('no studio with a contract covering the throughput weeks');
  const { rows: desks } = await ctx.sql.query<{ id: string }>(
    `SELECT d.id FROM desk d JOIN kit k ON k.desk_id = d.id AND k.status = 'OPERATIONAL'
      WHERE d.site_id = (SELECT id FROM site ORDER BY created_at LIMIT 1) ORDER BY d.code LIMIT $1`,
    [2 * CLIENTS],
  );
  const monday = mondayFrom(addDays(ctx.freeFrom, 7));
  const apiDesks = desks.slice(0, CLIENTS).map((d) => d.id);
  const sqlDesks = desks.slice(CLIENTS).map((d) => d.id);
  const before = ctx.counter.count;
  const failures: string[] = [];
  const start = performance.now();
  await Promise.all(
    apiDesks.map(async (deskId, i) => {
      for (let w = 0; w < ctx.perClient; w++) {
        const first = addDays(monday, 7 * w);
        const input = { studioId: studios[0].id, productionName: `Débit ${i + 1}`, deskIds: [deskId], startDate: first, endDate: addDays(first, 4) };
        const answer = await ctx.client.post(Q.BOOK_DESKS, { input }, ctx.operator);
        if (answer.errors?.length) failures.push(`${answer.errors[0].extensions?.code ?? ''} ${answer.errors[0].message}`);
      }
    }),
  );
  const apiMs = performance.now() - start;
  const statements = (ctx.counter.count - before) / (CLIENTS * ctx.perClient);
  ctx.check(failures.length === 0, `bookDesks throughput: every booking on a free desk succeeded (${failures.length} refused${failures.length ? `: ${failures[0]}` : ''})`);
  const sqlMs = await plainSql(ctx.dbUrl, studios[0], sqlDesks, monday, ctx.perClient);
  const { rows } = await ctx.sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM booking_desk a JOIN booking_desk b ON b.desk_id = a.desk_id AND b.id > a.id AND b.days && a.days
      WHERE a.live AND b.live AND a.desk_id = ANY ($1::uuid[])`,
    [desks.map((d) => d.id)],
  );
  ctx.check(rows[0].n === 0, `bookDesks throughput: no desk held twice on a day (${rows[0].n} overlapping pairs)`);
  const total = CLIENTS * ctx.perClient;
  const apiRate = (total / apiMs) * 1000;
  const sqlRate = (total / sqlMs) * 1000;
  return {
    clients: CLIENTS,
    bookingsPerClient: ctx.perClient,
    apiRequestsPerSecond: round(apiRate, 1),
    sqlTransactionsPerSecond: round(sqlRate, 1),
    apiToSql: round(apiRate / sqlRate, 2),
    statementsPerBooking: round(statements, 1),
  };
}
